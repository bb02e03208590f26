/// The words the attribution rules name one by one. Each takes the lexicon id of its raw
/// value, so that `words.is(index, .that)` compares two integers.
enum Keyword: UInt32, CaseIterable, Sendable {
    // Articles, determiners and quantifiers
    case the, a, an, this, that, these, those, some, many, most, both, all, each, one, no, other, others,
         another, such, any, several, few, every
    // Prepositions and particles
    case of, `in`, on, at, to, `for`, with, from, by, about, into, over, under, after, before, during, via,
         through, including, like, than, `as`, out, up, upon, against, among, toward, towards, behind
    // Conjunctions and wh-words
    case and, or, but, nor, so, yet, because, `while`, when, `if`, although, though, since, until, unless,
         whether, `where`, which, who, whom, whose, what, how, why, then, once
    // Pronouns
    case he, she, it, they, we, i, you, him, her, them, us, me, his, its, their, our, my, your, hers, theirs,
         himself, herself, themselves, itself
    // Auxiliaries
    case `is`, was, are, were, be, been, being, am, has, have, had, `do`, does, did, will, would, can, could,
         should, may, might, must, shall, get, got
    // Adverbs and negation
    case not, never, also, there, here, just, only, now, later, earlier, still, too, even, again, first, last,
         next, ago, yesterday, today, tomorrow, instead, however, meanwhile, reportedly
    // Verbs of saying the rules name
    case say, said, says, saying, tell, told, tells, telling, add, added, adds, adding, note, noted, noting,
         write, wrote, writes, writing, ask, asked, asks, find, found, show, shows, showed, know, call, called,
         describe, described, post, tweet, deny, project, forecast, maintain, inform, assure, warn, remind,
         advise, notify, caution, `continue`, continued, point, pointed, speak, spoke, speaking, talk, talked,
         talking, answer, reply, respond, explain, agree, cite, cited, citing, quote, quoted, read
    // Words of attribution
    case according, statement, interview, conversation, release, conference, news, press, media, source, sources,
         people, person, official, officials, spokesperson, report, reports, anonymity, condition, named,
         identified, familiar, knowledge, authorized, authorised, publicly, record
    // Other words the rules name
    case year, years, old, age, aged, member, members, group, team, former, chief, head, director, editor,
         host, anchor, reporter, correspondent, columnist, father, mother, sister, brother, man, woman, men, women,
         family, pair, `public`, mr, mrs, ms, dr, jr, st, off, nothing, something, goodbye, hello, thanks, sorry, much,
         little, more, yes, declined, refused, having, serves, served, works, worked, agency, network, wire, daily, chair,
         chairman, chairwoman, chairperson, thought, known, shown, written, explained, early, late

    /// The word as the lexicon folds it: the name of the case.
    var spelling: String { String(describing: self) }

    /// The word's id.
    @inline(__always)
    var id: WordID { WordID(self) }
}
