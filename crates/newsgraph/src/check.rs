//! `newsgraph check-gkg`: reads GKG 2.1 files with the same typed reader the tests use and
//! reports every row that does not parse, as `file:line: column N (NAME): reason`.

use std::io::{BufRead, BufReader, Read};

/// Returns the exit status: 0 all rows parse, 1 some do not, 2 a file could not be read.
pub fn run(files: &[String]) -> u8 {
    let mut status = 0;
    for file in files {
        let reader: Box<dyn Read> = if file == "-" {
            Box::new(std::io::stdin())
        } else {
            match std::fs::File::open(file) {
                Ok(f) if file.ends_with(".gz") => Box::new(flate2::read::MultiGzDecoder::new(f)),
                Ok(f) => Box::new(f),
                Err(e) => {
                    eprintln!("newsgraph: {file}: cannot read: {e}");
                    status = 2;
                    continue;
                }
            }
        };
        let (mut rows, mut bad) = (0u64, 0u64);
        for (i, line) in BufReader::new(reader).split(b'\n').enumerate() {
            let line = match line {
                Ok(l) => l,
                Err(e) => {
                    eprintln!("newsgraph: {file}:{}: cannot read: {e}", i + 1);
                    status = 2;
                    break;
                }
            };
            rows += 1;
            let parsed = std::str::from_utf8(&line)
                .map_err(|e| format!("invalid UTF-8 at byte {}", e.valid_up_to()))
                .and_then(|l| gdelt::GkgRow::parse(l).map_err(|e| e.to_string()));
            if let Err(e) = parsed {
                bad += 1;
                eprintln!("newsgraph: {file}:{}: {e}", i + 1);
            }
        }
        eprintln!(
            "newsgraph: {file}: {rows} rows, {} well-formed, {bad} malformed",
            rows - bad
        );
        if bad > 0 && status == 0 {
            status = 1;
        }
    }
    status
}
