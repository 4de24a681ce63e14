//! Table-driven tests on sentences written for this crate.

use super::*;

/// Candidates of the test articles: (canonical name, kind, surfaces that mention it, roles).
const PEOPLE: &[(&str, SpeakerKind, &[&str], &[&str])] = &[
    (
        "Marta Keller",
        SpeakerKind::Person,
        &["Marta Keller", "Keller"],
        &["Mayor"],
    ),
    (
        "Tomas Brandt",
        SpeakerKind::Person,
        &["Tomas Brandt", "Brandt"],
        &["coach"],
    ),
    (
        "Lena Okafor",
        SpeakerKind::Person,
        &["Lena Okafor", "Okafor"],
        &["spokeswoman"],
    ),
    (
        "Ivo Marsh",
        SpeakerKind::Person,
        &["Ivo Marsh", "Marsh"],
        &["spokesman"],
    ),
    (
        "Harbour Authority",
        SpeakerKind::Organization,
        &["Harbour Authority"],
        &[],
    ),
    (
        "Ministry of Water",
        SpeakerKind::Organization,
        &["Ministry of Water"],
        &[],
    ),
    (
        "Centre for Ferry Safety",
        SpeakerKind::Organization,
        &["Centre for Ferry Safety"],
        &[],
    ),
];

/// Finds every mention of the known candidates in `text` (longest surface first, no overlaps).
fn speakers_for(text: &str) -> Speakers {
    let mut taken: Vec<ByteSpan> = Vec::new();
    let mut entities = Vec::new();
    for &(name, kind, surfaces, roles) in PEOPLE {
        let mut mentions = Vec::new();
        for s in surfaces {
            for (i, _) in text.match_indices(s) {
                let span = ByteSpan::new(i, i + s.len());
                if taken
                    .iter()
                    .all(|t| t.end <= span.start || span.end <= t.start)
                {
                    taken.push(span);
                    mentions.push(span);
                }
            }
        }
        mentions.sort();
        entities.push(Candidate {
            name: name.into(),
            kind,
            mentions,
            roles: roles.iter().map(|r| r.to_string()).collect(),
            gender: 0,
        });
    }
    Speakers { entities }
}

/// (content, verb, speaker name, kind) of every quotation found.
fn run(text: &str) -> Vec<(String, String, Option<String>, Kind)> {
    let view = TextView::new(text);
    let sp = speakers_for(text);
    find(text, &view, &sp)
        .into_iter()
        .map(|q| {
            (
                text[q.span.range()].to_string(),
                q.verb.clone(),
                q.speaker_name(text, &sp).map(str::to_string),
                q.kind,
            )
        })
        .collect()
}

use Kind::{Direct as D, Indirect as I};

type Row = (&'static str, &'static str, Option<&'static str>, Kind);

/// (text, expected quotations).
const TABLE: &[(&str, &[Row])] = &[
    // Speaker after, straight marks.
    (
        "\"The bridge will open in spring,\" Marta Keller said.",
        &[(
            "The bridge will open in spring,",
            "said",
            Some("Marta Keller"),
            D,
        )],
    ),
    // Verb before the speaker, curly marks.
    (
        "“We trained harder than anyone,” said Tomas Brandt.",
        &[(
            "We trained harder than anyone,",
            "said",
            Some("Tomas Brandt"),
            D,
        )],
    ),
    // Apposition between the speaker and the verb.
    (
        "“No ship was damaged,” Lena Okafor, a spokeswoman for the port, said on Friday.",
        &[("No ship was damaged,", "said", Some("Lena Okafor"), D)],
    ),
    // Speaker and verb before the quotation, guillemets.
    (
        "Keller told the council: «The budget is balanced for the first time.»",
        &[(
            "The budget is balanced for the first time.",
            "told",
            Some("Marta Keller"),
            D,
        )],
    ),
    // A split quotation: the second half takes the first half's speaker.
    (
        "Brandt was calm after the match. “We lost the ball too often,” he said. “Next week will be different.”",
        &[
            (
                "We lost the ball too often,",
                "said",
                Some("Tomas Brandt"),
                D,
            ),
            ("Next week will be different.", "", Some("Tomas Brandt"), D),
        ],
    ),
    // Indirect speech with "that".
    (
        "Marta Keller said that the new ferry line would cut travel times by half.",
        &[(
            "the new ferry line would cut travel times by half",
            "said",
            Some("Marta Keller"),
            I,
        )],
    ),
    // A speaker who opens the sentence, an adjunct between commas, then the verb: the name
    // after the verb is the reported clause's subject, not a speaker after it.
    (
        "Keller, speaking at the port, said Harbour Authority, which owns the cranes, would pay.",
        &[(
            "Harbour Authority, which owns the cranes, would pay",
            "said",
            Some("Marta Keller"),
            I,
        )],
    ),
    // An attribution after the reported clause ends it: its subject right after a comma,
    // little after its verb.
    (
        "Harbour Authority still believes the crane fell in the storm last month, its \
         spokesman told reporters on Monday.",
        &[(
            "the crane fell in the storm last month",
            "believes",
            Some("Harbour Authority"),
            I,
        )],
    ),
    // Indirect speech without "that", and with a hearer.
    (
        "Okafor told reporters the harbour would reopen once the storm had passed.",
        &[(
            "the harbour would reopen once the storm had passed",
            "told",
            Some("Lena Okafor"),
            I,
        )],
    ),
    // A name no list knows after a preposition only modifies the phrase: the speaker is
    // named after the comma, or is the phrase's head.
    (
        "The head of security at Port Talbot Works, Lena Okafor, said \"the gates stay shut\". \
         Authorities in Harrowgate said the roads would reopen.",
        &[
            ("the gates stay shut", "said", Some("Lena Okafor"), D),
            ("the roads would reopen", "said", Some("Authorities"), I),
        ],
    ),
    // A speech verb after "and" right after the marks is another verb of the quotation's own
    // clause, not its attribution.
    (
        "Keller called the plan \"reckless and unfair\" and urged Brandt to resign.",
        &[("reckless and unfair", "called", Some("Marta Keller"), D)],
    ),
    // A verb after "and" shares its sentence's subject: the pronoun after it opens what is said.
    (
        "Brandt left early. Okafor called the plan costly and said he would fight it \"to the end, whatever happens.\"",
        &[(
            "to the end, whatever happens.",
            "said",
            Some("Lena Okafor"),
            D,
        )],
    ),
    // A dateline is no part of the clause reported after it.
    (
        "HARBOURTON (Reuters) — The ferry line will close in May, Marta Keller said.",
        &[(
            "The ferry line will close in May",
            "said",
            Some("Marta Keller"),
            I,
        )],
    ),
    // An office-holder's own body is named as written, not as the body named nearest.
    (
        "The Harbour Authority met. Okafor and two aides offered to resign, the presidential office said.",
        &[(
            "Okafor and two aides offered to resign",
            "said",
            Some("the presidential office"),
            I,
        )],
    ),
    // An outlet's name after its kind is the hearer, not a reported clause.
    (
        "Okafor told the newspaper Harbour Weekly in 2003. Okafor told the station KQRX the port was safe.",
        &[("the port was safe", "told", Some("Lena Okafor"), I)],
    ),
    // A warning, reported.
    (
        "Tomas Brandt warned that the season could be cancelled if the stadium stays closed.",
        &[(
            "the season could be cancelled if the stadium stays closed",
            "warned",
            Some("Tomas Brandt"),
            I,
        )],
    ),
    // According to.
    (
        "According to the Harbour Authority, the cranes were inspected twice last year.",
        &[(
            "the cranes were inspected twice last year",
            "According to",
            Some("Harbour Authority"),
            I,
        )],
    ),
    // ... through a document "by" or "from" someone, but not after a person named first.
    (
        "Ferries ran late all week, according to figures released by the Harbour Authority.",
        &[(
            "Ferries ran late all week",
            "according to",
            Some("Harbour Authority"),
            I,
        )],
    ),
    // A judge or a witness no one in the story is named as is someone else than the people
    // the story is about.
    (
        "Ivo Marsh was convicted of theft on Monday. The judge said the harbour had suffered \
         for years.",
        &[(
            "the harbour had suffered for years",
            "said",
            Some("The judge"),
            I,
        )],
    ),
    // A utility, a railway, an automaker is the organisation named, not the person named
    // last; "the person" no one is named as speaks as written.
    (
        "Harbour Authority crews worked all night, Ivo Marsh said. The utility said the \
         lines would be fixed by Friday.",
        &[
            (
                "Harbour Authority crews worked all night",
                "said",
                Some("Ivo Marsh"),
                I,
            ),
            (
                "the lines would be fixed by Friday",
                "said",
                Some("Harbour Authority"),
                I,
            ),
        ],
    ),
    (
        "Ivo Marsh left early. Ferries ran late all week, according to the person who spoke \
         to reporters.",
        &[(
            "Ferries ran late all week",
            "according to",
            Some("the person"),
            I,
        )],
    ),
    // ... and through an organisation's name with "of" to the person after it.
    (
        "Ferries ran late all week, according to former Ministry of Water adviser Ivo Marsh.",
        &[(
            "Ferries ran late all week",
            "according to",
            Some("Ivo Marsh"),
            I,
        )],
    ),
    (
        "“The quay will reopen,” said spokeswoman Lena Okafor from the Harbour Authority.",
        &[("The quay will reopen,", "said", Some("Lena Okafor"), D)],
    ),
    // The attribution after the reported clause.
    (
        "The water supply in the old town is safe to drink again, the Ministry of Water said.",
        &[(
            "The water supply in the old town is safe to drink again",
            "said",
            Some("Ministry of Water"),
            I,
        )],
    ),
    // A role noun resolved to the candidate holding the role.
    (
        "Lena Okafor joined the port in May. “Every container is checked,” the spokeswoman said.",
        &[(
            "Every container is checked,",
            "said",
            Some("Lena Okafor"),
            D,
        )],
    ),
    // An organisation noun resolved to the nearest organisation with that word.
    (
        "The Ministry of Water published its report. “Reserves are low,” the ministry said.",
        &[("Reserves are low,", "said", Some("Ministry of Water"), D)],
    ),
    // ... but a state's body that no organisation of the article is named after is none
    // of them, while a firm's noun is the firm named last.
    (
        "The Harbour Authority closed the quay. “Nobody was hurt,” the army said. “We will \
         pay,” the company said.",
        &[
            ("Nobody was hurt,", "said", Some("the army"), D),
            ("We will pay,", "said", Some("Harbour Authority"), D),
        ],
    ),
    // A quotation with no verb after someone was named since the last attributed one: the
    // first person of the nearest sentence, not the first named since.
    (
        "Keller said the vote “was fair”. Tomas Brandt left early. Later Lena Okafor \
         praised the mayor: “Nobody worked harder.”",
        &[
            ("the vote “was fair”", "said", Some("Marta Keller"), I),
            ("Nobody worked harder.", "", Some("Lena Okafor"), D),
        ],
    ),
    // Scare quotes and titles are not quotations.
    (
        "The so-called “experts” were wrong, and the film “Summer Tide” was a hit.",
        &[],
    ),
    // A quoted word inside a reported clause is part of the clause.
    (
        "Keller said the plan was “reckless” and would be withdrawn.",
        &[(
            "the plan was “reckless” and would be withdrawn",
            "said",
            Some("Marta Keller"),
            I,
        )],
    ),
    // A quotation over two paragraphs: the first is not closed, the second opens again.
    (
        "“The first part of the plan is the harbour,” Keller said. “The second part is the rail line, which will take longer.\n\n“The third part is the money, and we have it.”",
        &[
            (
                "The first part of the plan is the harbour,",
                "said",
                Some("Marta Keller"),
                D,
            ),
            (
                "The second part is the rail line, which will take longer.",
                "",
                Some("Marta Keller"),
                D,
            ),
            (
                "The third part is the money, and we have it.",
                "",
                Some("Marta Keller"),
                D,
            ),
        ],
    ),
    // A question with the verb after.
    (
        "“Why would we stop now?” asked Brandt.",
        &[("Why would we stop now?", "asked", Some("Tomas Brandt"), D)],
    ),
    // A standalone quotation paragraph after a reported one.
    (
        "Keller said the vote would be close.\n\n“We have counted every seat twice.”",
        &[
            ("the vote would be close", "said", Some("Marta Keller"), I),
            (
                "We have counted every seat twice.",
                "",
                Some("Marta Keller"),
                D,
            ),
        ],
    ),
    // "she" skips the man in subject position for the woman (her role says so).
    (
        "Tomas Brandt met Lena Okafor at the port on Monday. “The port is open,” she said.",
        &[("The port is open,", "said", Some("Lena Okafor"), D)],
    ),
    // A pronoun after a mention tells the gender: "he" is Brandt, not Keller.
    (
        "Tomas Brandt said he was tired. Marta Keller met Brandt later. “We talked for an hour,” he said.",
        &[
            ("he was tired", "said", Some("Tomas Brandt"), I),
            ("We talked for an hour,", "said", Some("Tomas Brandt"), D),
        ],
    ),
    // A naming verb right before a short quotation attributes it.
    (
        "Brandt called the referee’s decision “a disgrace” after the match.",
        &[("a disgrace", "called", Some("Tomas Brandt"), D)],
    ),
    // A clause that ends in a partial quotation, attributed after it: the whole clause.
    (
        "The new bridge was built in record time and, in the words of one engineer, “a small miracle of planning,” Marta Keller said on Friday.",
        &[(
            "The new bridge was built in record time and, in the words of one engineer, “a small miracle of planning,”",
            "said",
            Some("Marta Keller"),
            I,
        )],
    ),
    // The passive and nouns that look like verbs have no speaker.
    (
        "The ferry schedule was announced the harbour would close, and expert reports it had ordered arrived late.",
        &[],
    ),
    // An organisation after "at"/"with" only modifies the speaker's phrase.
    (
        "Lena Okafor at the Harbour Authority says the cranes are safe to use again.",
        &[(
            "the cranes are safe to use again",
            "says",
            Some("Lena Okafor"),
            I,
        )],
    ),
    // Double marks written as two single ones.
    (
        "``We will rebuild the pier,'' Keller said. “The boats come first,’’ Brandt said.",
        &[
            ("We will rebuild the pier,", "said", Some("Marta Keller"), D),
            ("The boats come first,", "said", Some("Tomas Brandt"), D),
        ],
    ),
    // Two reports joined by "and" share the subject.
    (
        "Marta Keller insisted that the bridge was safe, and said that the repairs would end in May.",
        &[
            ("the bridge was safe", "insisted", Some("Marta Keller"), I),
            (
                "the repairs would end in May",
                "said",
                Some("Marta Keller"),
                I,
            ),
        ],
    ),
    // A name in parentheses (a photo credit) is not what a pronoun stands for.
    (
        "Tomas Brandt opened the training camp on Monday. (Photo: Marta Keller/Harbour Authority)\n\n“We are ready for the season,” he said.",
        &[(
            "We are ready for the season,",
            "said",
            Some("Tomas Brandt"),
            D,
        )],
    ),
    // An attribution inside its sentence: the whole sentence is reported.
    (
        "Most days, Brandt says, the team trains twice before noon.",
        &[(
            "Most days, Brandt says, the team trains twice before noon",
            "says",
            Some("Tomas Brandt"),
            I,
        )],
    ),
    // British style: single marks, closed after the comma.
    (
        "'We will rebuild the pier by spring,' Marta Keller said. 'It is the first job.'",
        &[
            (
                "We will rebuild the pier by spring,",
                "said",
                Some("Marta Keller"),
                D,
            ),
            ("It is the first job.", "", Some("Marta Keller"), D),
        ],
    ),
    // Guillemets with spaces inside.
    (
        "« The pier will be rebuilt by spring », Marta Keller said.",
        &[(
            "The pier will be rebuilt by spring",
            "said",
            Some("Marta Keller"),
            D,
        )],
    ),
    // The progressive is a report too; a participle after a comma reports the subject.
    (
        "Marta Keller is saying that the port will reopen next week. Brandt left early, saying he was tired of waiting.",
        &[
            (
                "the port will reopen next week",
                "saying",
                Some("Marta Keller"),
                I,
            ),
            ("he was tired of waiting", "saying", Some("Tomas Brandt"), I),
        ],
    ),
    // One quoted "as saying" speaks, whoever quotes them.
    (
        "Radio Keller quoted Marta Keller as saying the port would reopen. Tomas Brandt was quoted as saying the pier was safe.",
        &[
            ("the port would reopen", "saying", Some("Marta Keller"), I),
            ("the pier was safe", "saying", Some("Tomas Brandt"), I),
        ],
    ),
    // A time adjunct between the subject and the verb is skipped.
    (
        "The Harbour Authority late Friday said the port would reopen.",
        &[(
            "the port would reopen",
            "said",
            Some("Harbour Authority"),
            I,
        )],
    ),
    // A document speaks for its author.
    (
        "The Harbour Authority statement said the port would reopen.",
        &[(
            "the port would reopen",
            "said",
            Some("Harbour Authority"),
            I,
        )],
    ),
    // "her statement" is hers; "his office" someone else's, named as written.
    (
        "Marta Keller left the Harbour Authority. Her statement said the board had misled her. His office said the port would reopen.",
        &[
            ("the board had misled her", "said", Some("Marta Keller"), I),
            ("the port would reopen", "said", Some("His office"), I),
        ],
    ),
    // An abbreviation's period inside an apposition ends no clause.
    (
        "Sen. Marta Keller, D-Mich., a member of the Harbour Authority, said that the port would reopen.",
        &[("the port would reopen", "said", Some("Marta Keller"), I)],
    ),
    // Someone of the one a possessive names speaks, by the name after the noun if one
    // follows, else as written; a document speaks for its owner.
    (
        "Tomas Brandt is happy. “I loved it,” says Brandt’s spokeswoman, Lena Okafor. “So did I,” says Brandt’s coach. According to Brandt’s website, the pier was safe.",
        &[
            ("I loved it,", "says", Some("Lena Okafor"), D),
            ("So did I,", "says", Some("Brandt’s coach"), D),
            ("the pier was safe", "According to", Some("Tomas Brandt"), I),
        ],
    ),
    // A verb in the passive names who is spoken of, not who speaks: no speaker is borrowed.
    (
        "Marta Keller was sentenced on Friday. She was also described as “a danger to the public”.",
        &[("a danger to the public", "described", None, D)],
    ),
    // A sentence whose subject is already "he" goes on about someone named before it.
    (
        "Tomas Brandt grew up in Lunden. He said the port, run by his father's friend, the \
         spokesman Ivo Marsh, gave the town work. “It was a success story,” he said.",
        &[
            (
                "the port, run by his father's friend, the spokesman Ivo Marsh, gave the town work",
                "said",
                Some("Tomas Brandt"),
                I,
            ),
            ("It was a success story,", "said", Some("Tomas Brandt"), D),
        ],
    ),
    // "…, X said, adding that …": the one who said it adds, not the first name of what was
    // said; and "he" after it is the one who spoke, not the one spoken of first.
    (
        "The charges against Mr. Brandt carry a long sentence, Mr. Marsh said, adding that \
         more charges are possible.\n\n“It is too early to say,” he said.",
        &[
            (
                "The charges against Mr. Brandt carry a long sentence",
                "said",
                Some("Ivo Marsh"),
                I,
            ),
            ("more charges are possible", "adding", Some("Ivo Marsh"), I),
            ("It is too early to say,", "said", Some("Ivo Marsh"), D),
        ],
    ),
    // A title before the speaker's name, outside the mention, still follows the clause's comma.
    (
        "The port will reopen next week, Mr. Marsh said. The pier is safe, Mayor Marta Keller \
         said on Friday.",
        &[
            (
                "The port will reopen next week",
                "said",
                Some("Ivo Marsh"),
                I,
            ),
            ("The pier is safe", "said", Some("Marta Keller"), I),
        ],
    ),
    // A verb that attributes the quotation before it reports nothing more after its hearer;
    // telling the truth, or telling of something, is no report; a conjunction is no part of the
    // subject.
    (
        "“The figures are wrong,” Marta Keller told Lunden’s councillors at Tuesday’s meeting. \
         But officials say the figures are right. A port that lies as easily as it tells the \
         truth loses trust. The logs tell of a voyage that was cut short by ice.",
        &[
            ("The figures are wrong,", "told", Some("Marta Keller"), D),
            ("the figures are right", "say", Some("officials"), I),
        ],
    ),
    // A supposition is no report; a subordinating conjunction or an adverb before the verb is
    // no part of the subject.
    (
        "Let's say the ferry sails on Monday. When Marta Keller first told the council the pier \
         was safe, no one listened.",
        &[(
            "the pier was safe, no one listened",
            "told",
            Some("Marta Keller"),
            I,
        )],
    ),
    // A verb denied or supposed reports nothing, with "not", "never", "n't", "can", "would" or
    // "having"; a phrase that opens with a preposition is an adjunct, not the subject of an
    // apposition.
    (
        "Marta Keller did not say whether the pier was safe. Ivo Marsh doesn’t believe the \
         ferry will sail. Keller never said she would resign. By Monday, the port's largest \
         operator, Lunden Ferries, said it had resumed sailings. Anyone in their right mind would \
         say that the pier is safe. Having said that, Ivo Marsh said the ferry would sail.",
        &[
            ("it had resumed sailings", "said", Some("Lunden Ferries"), I),
            ("the ferry would sail", "said", Some("Ivo Marsh"), I),
        ],
    ),
    // Verbs of saying in the present tense: "echoes", "predicts", "laughs".
    (
        "“The pier is safe,” echoes Marta Keller. Ivo Marsh predicts that the ferry will sail. \
         “It will,” Ivo Marsh laughs.",
        &[
            ("The pier is safe,", "echoes", Some("Marta Keller"), D),
            ("the ferry will sail", "predicts", Some("Ivo Marsh"), I),
            ("It will,", "laughs", Some("Ivo Marsh"), D),
        ],
    ),
    // A participle after a comma shares its sentence's subject; what follows it is its object.
    (
        "The Harbour Authority met. Marta Keller was there, upset there was no vote on the \
         pier plan, calling it a “closed shop.”",
        &[("closed shop.", "calling", Some("Marta Keller"), D)],
    ),
    // A person after a role and "for" or "of" only modifies it: the role speaks, as written.
    (
        "A spokeswoman for Marta Keller said the pier was safe.",
        &[(
            "the pier was safe",
            "said",
            Some("A spokeswoman for Marta Keller"),
            I,
        )],
    ),
    // After the verb, an organisation before a role and a person's name only modifies them:
    // the person speaks.
    (
        "“The team followed the protocol,” said Harbour Authority spokesman Marta Keller.",
        &[(
            "The team followed the protocol,",
            "said",
            Some("Marta Keller"),
            D,
        )],
    ),
    // A time where the subject stands names no one: the clause is reported by no one, unless
    // a phrase before names someone or the attribution follows the verb.
    (
        "The ferrymen, who struck on Sunday, said the pier was unsafe. Researchers have for \
         years been saying that the pier is old. The ferry will sail in May, says Marta Keller.",
        &[
            ("the pier was unsafe", "said", None, I),
            ("the pier is old", "saying", None, I),
            (
                "The ferry will sail in May",
                "says",
                Some("Marta Keller"),
                I,
            ),
        ],
    ),
    // "quoted … as saying" after or before quotation marks: the one quoted speaks, in the
    // passive too.
    (
        "“The pier is safe,” the Harbour Gazette quoted Marta Keller as saying. “The ferry \
         will sail,” Ivo Marsh was quoted as saying. The Gazette quoted Marsh as saying: “It \
         will sail at dawn.”",
        &[
            ("The pier is safe,", "saying", Some("Marta Keller"), D),
            ("The ferry will sail,", "saying", Some("Ivo Marsh"), D),
            ("It will sail at dawn.", "saying", Some("Ivo Marsh"), D),
        ],
    ),
    // A time after a verb is no speaker ("The prize, announced Thursday, …"), and a verb in
    // the passive after quotation marks attributes nothing.
    (
        "The Harbour Prize, announced Thursday, has gone to Marta Keller twice. Ivo Marsh may win \
         the port’s “Pilot of the Year” (to be announced Friday), which no ferryman has won.",
        &[],
    ),
    // A title in quotation marks is no speech, whatever verb comes before it.
    (
        "Marta Keller wrote the book, “The Harbour of Lost Ships” and it sold well.",
        &[],
    ),
    // "according to" between the subject and its verb reports the whole sentence; after a
    // whole clause, the clause.
    (
        "The ferry, according to the Harbour Authority, will sail on Monday. Fares rose by a \
         third last year, according to the Harbour Authority, and in winter the ferry stops.",
        &[
            (
                "The ferry, according to the Harbour Authority, will sail on Monday",
                "according to",
                Some("Harbour Authority"),
                I,
            ),
            (
                "Fares rose by a third last year",
                "according to",
                Some("Harbour Authority"),
                I,
            ),
        ],
    ),
    // A link to another story quotes its headline, not this story's speakers.
    (
        "Marta Keller said the port would reopen.\n\nREAD MORE: Keller says the ferry will stop\n\nRELATED: Brandt told reporters he was tired",
        &[("the port would reopen", "said", Some("Marta Keller"), I)],
    ),
    // A document with no author named is named as written, not by the person named nearest.
    (
        "Marta Keller was robbed at home. The complaint said the thief had a key.",
        &[("the thief had a key", "said", Some("The complaint"), I)],
    ),
    // Apostrophes never pair as single quotation marks.
    (
        "The players' union and the owners' league met at Keller's office.",
        &[],
    ),
    // A verb's form after an article or a possessive modifies a noun: nothing is reported.
    (
        "The Harbour Authority sued 300 “ferry owners” for taking part in an alleged plot \
         to close the pier. The reported deal was signed by his stated deadline.",
        &[],
    ),
    // After "according to", a name that starts in the phrase runs on past "for".
    (
        "The pier was unsafe, according to the Centre for Ferry Safety.",
        &[(
            "The pier was unsafe",
            "according to",
            Some("Centre for Ferry Safety"),
            I,
        )],
    ),
    // A participle after a comma, with no one named in its sentence: the phrase before the
    // verb in the past speaks, not the speaker of the sentence before.
    (
        "Marta Keller said the pier was safe. The ferrymen objected, arguing that the pier \
         was old.",
        &[
            ("the pier was safe", "said", Some("Marta Keller"), I),
            ("the pier was old", "arguing", Some("The ferrymen"), I),
        ],
    ),
    // A naming verb right before the marks, after a noun with "a", names a thing: no
    // quotation ("called the plan “reckless”" still is one).
    (
        "Marta Keller joined a group called “Friends of the Old Pier” and read a book called \
         “Tides.” She called the plan “reckless.”",
        &[("reckless.", "called", Some("Marta Keller"), D)],
    ),
    // "It's said" is a passive, as "it is said" is: no one reports, least of all the
    // organisation named before.
    (
        "The Harbour Authority met. It's said that the pier is the oldest in the country.",
        &[],
    ),
    // A pronoun and a preposition after the verb are its object and an adjunct: no clause.
    (
        "Marta Keller explained it to the council. The lender adds them to your bill.",
        &[],
    ),
    // A function word opening the sentence is no part of the subject.
    (
        "Then ferrymen say the pier is unsafe.",
        &[("the pier is unsafe", "say", Some("ferrymen"), I)],
    ),
    // A time before a time between the verb and "that" is skipped.
    (
        "Marta Keller said earlier this month that the pier would close in May.",
        &[(
            "the pier would close in May",
            "said",
            Some("Marta Keller"),
            I,
        )],
    ),
    // Words quoted inside a sentence are not attributed by a verb past a relative pronoun
    // or past a comma and "and".
    (
        "The council approved changes to “safety” that opened the pier to ferries, and Ivo \
         Marsh said the pier was old.",
        &[("the pier was old", "said", Some("Ivo Marsh"), I)],
    ),
];

#[test]
fn table() {
    let mut failures = Vec::new();
    for (text, want) in TABLE {
        let got = run(text);
        let want: Vec<(String, String, Option<String>, Kind)> = want
            .iter()
            .map(|(c, v, s, k)| (c.to_string(), v.to_string(), s.map(str::to_string), *k))
            .collect();
        if got != want {
            failures.push(format!("{text}\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn continued_paragraphs_are_flagged() {
    let text = "“One thing first,” Keller said. “Two more things.\n\n“Three things at last.”";
    let view = TextView::new(text);
    let q = find(text, &view, &speakers_for(text));
    let flags: Vec<bool> = q.iter().map(|q| q.continued).collect();
    assert_eq!(flags, [false, false, true]);
}

#[test]
fn spans_and_verbs_slice_the_text() {
    for (text, _) in TABLE {
        let view = TextView::new(text);
        for q in find(text, &view, &speakers_for(text)) {
            assert!(q.span.get(text).is_some());
            if let Some(v) = q.verb_span {
                assert_eq!(v.get(text), Some(q.verb.as_str()));
            }
            if let Some(s) = q.speaker_span {
                assert!(s.get(text).is_some());
            }
        }
    }
}

fn check_spans(text: &str) -> Result<(), proptest::test_runner::TestCaseError> {
    let view = TextView::new(text);
    let sp = speakers_for(text);
    for q in find(text, &view, &sp) {
        proptest::prop_assert!(q.span.get(text).is_some());
        proptest::prop_assert!(!q.span.is_empty());
        for s in [q.verb_span, q.speaker_span].into_iter().flatten() {
            proptest::prop_assert!(s.get(text).is_some());
        }
        if let Some(e) = q.speaker {
            proptest::prop_assert!(e < sp.entities.len());
        }
    }
    Ok(())
}

proptest::proptest! {
    #[test]
    fn any_text_gives_valid_spans(s in "\\PC{0,120}") {
        check_spans(&s)?;
    }

    #[test]
    fn quote_heavy_text_gives_valid_spans(
        parts in proptest::collection::vec(
            proptest::prop_oneof![
                proptest::strategy::Just("\"".to_string()),
                proptest::strategy::Just("“".to_string()),
                proptest::strategy::Just("”".to_string()),
                proptest::strategy::Just("‘".to_string()),
                proptest::strategy::Just("’".to_string()),
                proptest::strategy::Just("«".to_string()),
                proptest::strategy::Just("»".to_string()),
                proptest::strategy::Just("'".to_string()),
                proptest::strategy::Just(" said ".to_string()),
                proptest::strategy::Just(" Keller ".to_string()),
                proptest::strategy::Just(" according to ".to_string()),
                proptest::strategy::Just(", ".to_string()),
                proptest::strategy::Just(". ".to_string()),
                proptest::strategy::Just("\n\n".to_string()),
                proptest::strategy::Just(" he told reporters that ".to_string()),
                "[a-zé ]{0,12}",
            ],
            0..40,
        )
    ) {
        check_spans(&parts.concat())?;
    }

    #[test]
    fn any_bytes_never_panic(b in proptest::collection::vec(proptest::num::u8::ANY, 0..200)) {
        let s = String::from_utf8_lossy(&b);
        check_spans(&s)?;
    }
}

/// Paragraph breaks are the first line break of every gap between two tokens that holds one,
/// as a look at every gap finds them (the byte search skips the rest of a gap).
#[test]
fn breaks_are_the_first_line_break_of_each_gap() {
    let text = "\n\nTitle line\n\n\nFirst  para, \"quoted\"\n  said she.\r\n\nEnd \n x\n";
    let view = TextView::new(text);
    let speakers = Speakers {
        entities: Vec::new(),
    };
    let mut f = Finder::new(text, &view, &speakers);
    f.find_breaks();
    let toks = &view.tokens;
    let expected: Vec<usize> = (1..toks.len())
        .filter_map(|i| {
            let (from, to) = (toks[i - 1].span().end, toks[i].span().start);
            memchr::memchr(b'\n', &text.as_bytes()[from..to]).map(|at| from + at)
        })
        .collect();
    assert_eq!(f.breaks, expected);
    assert_eq!(expected.len(), 4);
}
