"""Direct quotes and who said them."""

from __future__ import annotations

import re
from spacy.symbols import AUX, VERB

from .entities import DASHES
from .views import positions_in, span_text

PAIRS = [("“", "”"), ("‘", "’"), ("«", "»")]  # straight double quotes pair apart (_straight)
CLOSING_MARKS = {closing for _, closing in PAIRS} | {'"', "'"}
OPENING_MARKS = {opening for opening, _ in PAIRS} | {'"', "'"}
MARKS = {mark for pair in PAIRS for mark in pair} | {'"', "'"}
QUOTE_REACH = 200  # tokens back to look for the mark a quotation opens with
SPEECH_VERBS = {
    "say", "tell", "add", "state", "stress", "note", "write", "declare", "announce", "claim",
    "describe", "quote", "warn", "insist", "reiterate", "confirm", "accuse", "urge", "ask",
    "explain", "post", "reply", "respond", "argue", "call", "promise", "vow", "deny", "admit",
    "acknowledge", "emphasize", "emphasise", "concede", "assert", "suggest", "indicate", "reveal", "remark", "report",
    "recall", "voice", "allege", "caution", "predict", "tweet", "testify", "imply",
    "conclude", "contend", "proclaim", "lament", "complain", "boast", "express", "assure",
    "demand", "hint", "pledge", "clarify", "remind",
}
PHRASAL_SPEECH = {"make": "clear", "point": "out"}  # speech only with this word: "made it clear", "pointed out"
COLON_SPEECH = {"continue": None, "go": "on", "fire": "back", "hit": "back"}  # speech only before a colon: "She continued: '…'", "He went on: '…'", "fired back on Twitter: '…'"
# speech only with what is said: "concluded that …", "assured him that …", "pledged that …", "clarified that …"; not "the
# visit concluded with a trip", "assured Putin of China's support", "pledged to send arms"
CLAUSE_SPEECH = {"conclude", "proclaim", "contend", "assure", "pledge", "clarify", "remind"}
# verbs that judge or thank in quoted words ("dismissed the claims as ‘Russian lies’", "thanked
# Kuleba for “a quick public intervention”"): a quotation they hold with no speech verb to give
# it a speaker is their subject's; they report no statement
STANCE_VERBS = {
    "dismiss", "condemn", "denounce", "brand", "decry", "slam", "hail", "praise", "thank", "criticise", "criticize",
    "blame", "label", "welcome",
}
ADDRESSING_VERBS = {"tell", "ask", "warn", "inform"}  # "was told: “…”": the one told is not the speaker
RAISING_VERBS = SPEECH_VERBS | {"quote", "hear", "believe", "think", "understand"}  # "X is said to have …"
# verbs and nouns of a belief whose "that" clause holds quoted words: "X believes that … “…”", "X's
# contention that “…”" (the quoted words are the believer's)
BELIEF_VERBS = {"believe", "think"}
BELIEF_NOUNS = {"fear", "contention", "claim", "argument", "belief", "assertion", "insistence", "conviction", "view", "warning"}
OPINION_NOUNS = {"opinion", "view", "words"}  # "in the chancellor's opinion"; not "in Putin's mind", what others believe of him
MIN_WORDS = 3
QUESTION_WORDS = {"how", "what", "who", "when", "where", "which", "why", "whether", "if"}
SUBJECT_WORDS = 4  # a comma this close before a speaker's name opens their clause: ", a smirking Putin responded"
TITLE_SMALL_WORDS = {"of", "for", "the", "and", "a", "an", "in", "on", "to", "at", "by", "with", "or"}
MIXED_CHARS = 600  # the longest quotation a straight mark may close after a curly one, or a paragraph left open
MISPARSED_WORDS = 6
DATELINE_TOKENS = 12  # "KYIV, Ukraine, Feb 10 (Reuters) -"
NOT_CLAUSES = {"nothing", "little", "something", "anything", "much", "same", "prayer", "goodbye", "word", "words"}  # "said nothing about …"
# what speaks for its author: "Paoletta's memo said", "a letter from Jan Anderson called …",
# "The statement said" after "X said in a statement"; and where one speaks ("in an interview")
DOCUMENTS = {
    "statement", "memo", "letter", "post", "tweet", "message", "feed", "channel", "account", "blog", "op-ed", "column",
    "book", "decree", "order", "document", "note", "banner", "poster", "placard",
}
READING = {"read"}  # speech only in a document's own clause: "a statement that read: '…'"
SPEAKING_NOUNS = DOCUMENTS | {"interview", "address", "speech", "briefing", "video", "call", "conversation", "remarks", "comments"}
HELD_NOUNS = {"confidence", "hope", "concern", "fear", "belief", "doubt", "regret", "conviction", "view", "opinion"}  # "voiced concern that …"
OCCASIONS = {"meeting", "conference", "summit", "session", "hearing", "visit", "forum", "talks"}  # "told reporters after the meeting that …"
PARTICIPLE_PREPS = {"by", "including", "before", "after", "while"}  # "by suggesting", "including saying that …", "before asking '…'"
REQUEST_VERBS = {"call", "urge", "ask", "tell", "invite", "appeal", "press"}  # "called on X to travel": a request
_SPEECH_VERBS = "briefing_speech_verbs"
_JUDGING_VERBS = "briefing_judging_verbs"


# 'a quotation in straight single marks': opened after a space or bracket before a letter (not
# "'90s", "'em"), closed before a space or punctuation; apostrophes inside words ("don't") do
# not close it, but a plural possessive does ("the generals' plans": no telling it from "the
# attacks' by Russia")
_SINGLE_OPENING = r"(?:^|(?<=[\s(\[]))'(?=[A-Za-z])(?!(?:em|til|n|cause|tis|twas)\b)"
_SINGLE_CLOSING = r"(?<=[\w.,!?])'(?=[\s.,;:!?)\]]|$)"
# a quotation inside one in the same marks, opened mid-sentence: "'You call for a return to
# 'mature politics' and …'", "'… one very good question, 'What else? What else do you need?',' he said"
_NESTED = r"(?<=[\w,:] )'[A-Za-z][^'\n]*?(?<=[\w.,!?])'(?=[\s.,;:!?])"
_SINGLE = re.compile(_SINGLE_OPENING + r"((?:[^'\n]|(?<=\w)'(?=\w)|(?<=\s)'(?=(?:em|til|cause)\b)|" + _NESTED + r")+?)" + _SINGLE_CLOSING)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans (inside the marks) of quotations of at least three words. A quotation
    may run over several sentences, never over a paragraph break; one in straight single marks
    inside another is part of it."""
    text = _mixed_marks(_doubled_marks(text))
    spans = _straight(text)
    for opening, closing in PAIRS:
        # a single closing mark between letters is an apostrophe ("‘he’s a killer’")
        apostrophe = r"|(?<=\w)’(?=\w)" if closing == "’" else ""
        pattern = re.escape(opening) + r"((?:[^" + re.escape(opening + closing) + r"\n]" + apostrophe + r")+)" + re.escape(closing)
        for match in re.finditer(pattern, text):
            if opening == "‘" and match.start() > 0 and text[match.start() - 1].isalnum():
                continue
            spans.append((match.start(1), match.end(1)))
        if opening == "“":
            spans += _reopened(text, re.escape(opening), re.escape(closing))
    spans += [m.span(1) for m in _SINGLE.finditer(text)]
    spans += _reopened(text, _SINGLE_OPENING, _SINGLE_CLOSING)
    return _outermost(sorted((a, b) for a, b in spans if len(text[a:b].split()) >= MIN_WORDS))


def a_title(quoted: str) -> bool:
    """Whether quoted words are a name or title, not words said: every word capitalised but the
    small ones, no closing stop but the comma American style sets inside the marks ("Good
    Morning America", "Homes for Ukraine", "Butcher of Mariupol", "“State of the Union,” where")."""
    words = re.findall(r"[\w'’-]+", quoted)
    return not re.search(r"[.!?;:]\s*$", quoted) and all(w[0].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words)


def _doubled_marks(text: str) -> str:
    """The text (same length) with two straight single marks that stand for a double one made
    one ('"I'm starting here not by chance,'' she said', "we say: ''Happy …''"), so the pairs
    after them still pair."""
    text = re.sub(r"(?<=[\w.,!?])''(?=[\s.,;:!?)\]]|$)", '" ', text)
    return re.sub(r"(?:(?<=^)|(?<=[\s(\[]))''(?=[A-Za-z])", ' "', text)


def _mixed_marks(text: str) -> str:
    """The text (same length) with a straight double mark that closes a curly opening one, or
    opens what a curly one closes, made curly ('“That's not true," he said'), so the straight
    marks left still pair; not over a quotation longer than three sentences (in a flattened
    scrape such a pair may join two paragraphs' quotes)."""
    def short(match) -> bool:
        return len(match.group()) <= MIXED_CHARS and len(re.findall(r"[.!?] [A-Z“‘]", match.group())) < 3
    text = re.sub(r'(“[^“”"\n]+)"(?=[\s.,;:!?)\]]|$)', lambda m: m.group(1) + "”" if short(m) else m.group(), text)
    return re.sub(r'(?:(?<=^)|(?<=[\s(\[]))"([^“”"\n]+”)', lambda m: "“" + m.group(1) if short(m) else m.group(), text)


def _reopened(text: str, opening: str, closing: str) -> list[tuple[int, int]]:
    """Quotations left open at a paragraph's end, the next paragraph of the quotation opening
    again ("said: “… cooperation. “The complexity …”", "'… the river. 'Just …,' he says"):
    each opens a sentence (or follows a colon) and runs to the sentence end before the next
    opening mark, in a paragraph or a flattened scrape alike; one longer than `MIXED_CHARS` runs
    to its first sentence's end only (in a flattened scrape a mark left open would run on through
    pages of story); not 'called the deal “a betrayal. Officials disagreed. “…”', a closing mark
    left out. `opening` and `closing` are patterns."""
    marks = [(m.start(), bool(m.group("opening"))) for m in re.finditer(f"(?P<opening>{opening})|{closing}", text)]
    spans = []
    for (at, opens_here), (following, opens_next) in zip(marks, marks[1:]):
        inner = text[at + 1:following].rstrip()
        opens = text[:at].rstrip()[-1:] in ("", ".", "!", "?", ":", "”")
        if opens_here and opens_next and opens and inner[-1:] in (".", "!", "?") and "\n" not in inner:
            if len(inner) > MIXED_CHARS and (first := re.search(r"[.!?](?=\s+[A-Z“‘'])", inner)):
                inner = inner[:first.end()]  # too long for a paragraph: the mark was left open in the story
            spans.append((at + 1, at + 1 + len(inner)))
    return spans


def run_ends(text: str, spans: list[tuple[int, int]]) -> dict[tuple[int, int], int]:
    """Where each quotation of `spans` (sorted) ends as one person's words: a quotation left
    open, the next opening at once, runs on over paragraphs to the end of the last ("'… the
    river. 'Just …,' he says": both his)."""
    ends: dict[tuple[int, int], int] = {}
    following = len(text) + 1
    end = following
    for a, b in reversed(spans):
        end = end if re.fullmatch(r"\s*['\"“‘«]", text[b:following]) else b
        ends[(a, b)] = end
        following = a
    return ends


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sorted spans without those inside another (a quotation within a quotation)."""
    kept: list[tuple[int, int]] = []
    for a, b in sorted(spans, key=lambda span: (span[0], -span[1])):
        if kept and a < kept[-1][1]:
            continue  # starts inside the last one kept: nested, or crossing it
        kept.append((a, b))
    return kept


def _straight(text: str) -> list[tuple[int, int]]:
    """Spans inside straight double quotes. A quotation that runs on into a new paragraph opens
    it again without closing the last (`… themselves. "Then …`); in a flattened scrape that mark
    would close the quote and set every later pair off by one, so a mark after a sentence's end
    and before a capital, inside a quote, ends that quote and opens the next."""
    spans: list[tuple[int, int]] = []
    start = None
    for match in re.finditer('"', text):
        at = match.start()
        if start is None or "\n" in text[start:at]:
            start = at + 1
        elif re.search(r"[.!?]['’]?\s$", text[max(0, at - 3):at]) and text[at + 1:at + 2].isupper():
            spans.append((start, at - 1))
            start = at + 1
        else:
            spans.append((start, at))
            start = None
    return spans


def speech_verbs(sent):
    """Speech verbs of the sentence, in order; "made it clear" and "pointed out" are, "an
    account tweeting all day" and "the visit concluded with a trip" are not."""
    at = positions_in(sent, _SPEECH_VERBS, lambda cols: cols.lemma_in(SPEECH_VERBS | PHRASAL_SPEECH.keys() | COLON_SPEECH.keys() | READING, lower=True) & cols.pos_in(VERB, AUX))
    return [sent.doc[i] for i in at if _speaks(sent.doc[i])]


def _speaks(verb) -> bool:
    """Whether a verb of speech speaks where it stands: those that speak only so, before a
    colon, with what is said, in a document's clause or with their particle, when they do."""
    lemma = verb.lemma_.lower()
    if lemma in COLON_SPEECH:
        return _before_colon(verb) or _after_quotation(verb)
    if lemma in CLAUSE_SPEECH:
        return _saying(verb)
    if lemma in READING:
        return _of_document(verb)
    if lemma in PHRASAL_SPEECH:
        return any(c.lower_ == PHRASAL_SPEECH[lemma] for c in verb.children)
    return not (lemma == "tweet" and verb.dep_ == "acl")


def _saying(verb) -> bool:
    """Whether a verb holds what is said: a clause ("concluded that …", "“…,” she concluded") or a
    colon after it ("He concluded: …")."""
    return any(c.dep_ in ("ccomp", "parataxis") for c in verb.children) or (verb.i + 1 < len(verb.doc) and verb.nbor().text == ":")


def _citing(participle):
    """The verb of citing a participle of saying hangs on, directly or through "as" ("quotes X
    saying …", "quoted X as saying …"), or None."""
    head = participle.head
    if participle.dep_ == "pcomp" and head.lower_ == "as" and head.dep_ == "prep":
        head = head.head
    elif participle.dep_ != "advcl":
        return None
    return head if head.lemma_.lower() in ("quote", "cite") else None


def _of_document(verb) -> bool:
    """Whether a verb tells what a document says: "a statement that read: …", "a poster saying …",
    "The message from X read: …"."""
    by_document = verb.dep_ in ("relcl", "acl") and verb.head.lemma_.lower() in DOCUMENTS and verb.head.i < verb.i
    return by_document or any(c.dep_ == "nsubj" and c.lemma_.lower() in DOCUMENTS for c in verb.children)


def _before_colon(verb) -> bool:
    """Whether a verb that speaks only before a colon is there, with its particle and, after
    one, at most a phrase of its own between: "She continued: '…'", "He went on: '…'", "fired
    back on Twitter: '…'"."""
    particle = COLON_SPEECH[verb.lemma_.lower()]
    words = [verb.lower_, particle] if particle else [verb.lower_]
    doc, after = verb.doc, verb.i + len(words)
    if [t.lower_ for t in doc[verb.i:after]] != words:
        return False
    phrase = next((c for c in verb.children if c.dep_ == "prep" and c.i == after), None) if particle else None  # not "continued into the winter: …"
    colon = phrase.right_edge.i + 1 if phrase is not None else after
    return colon < len(doc) and doc[colon].text == ":"


def _after_quotation(verb):
    """Whether a verb that speaks only so, with its particle, closes its sentence right after
    its subject set after a quotation: "“…,” the statement continued.", "“…?” he went on."."""
    particle = COLON_SPEECH[verb.lemma_.lower()]
    words = [verb.lower_, particle] if particle else [verb.lower_]
    doc, end = verb.doc, verb.i + len(words)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or [t.lower_ for t in doc[verb.i:end]] != words or (end < len(doc) and doc[end].text not in (".", "!", "?")):
        return False
    opening = subject.left_edge.i
    return opening >= 1 and doc[opening - 1].text in CLOSING_MARKS


def subject_of(verb):
    """The verb's subject; for a participle ("..., saying", "by suggesting") the subject of the
    verb it hangs on. A passive speech verb's subject is spoken of ("X was described as …", "X
    was told"), except when quoted ("X was quoted as saying"); a passive of saying or hearing
    it hangs on carries the speaker ("X is said to have warned", "was heard saying"), another
    passive does not ("progress had been made and (she) reiterated …", misparsed). "Adding"
    on what someone is said to have done is the first speaker's ("Kuleba said Grossi agreed …,
    adding that …": Kuleba adds); "saying" there may be either's, and stays the nearer's.
    "Adding" hung on a verb of no speech is the last speaker's before it ("His words came
    after X told Y that …, adding that …": X adds). A joined verb with a name set off by commas
    before it is that name's (`_stranded_subject`); a document's own clause ("a statement that
    read: …") is the document's; a participle hung on a verb of citing is the one cited's ("It
    quotes the director, X, saying …", "dpa quoted Scholz as saying that …")."""
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and (stranded := _stranded_subject(verb)) is not None:
        return stranded  # "… along the border, Anatoly Lappo, chairman of …, said": not the first verb's subject
    if _of_document(verb):
        subjects = [c.lower_ for c in verb.children if c.dep_ == "nsubj"]
        if subjects in (["that"], ["which"]) or (verb.tag_ == "VBG" and not subjects):
            return verb.head  # "a statement that read: …", "a statement saying: …": the statement speaks
    if verb.tag_ == "VBG" and (citing := _citing(verb)) is not None:
        if (cited := next((c for c in citing.children if c.dep_ == "dobj" and c.pos_ != "PRON"), None)) is not None:
            return cited  # "It quotes the agency's director, Sandi Virsek, saying …": the one quoted speaks
    if verb.lemma_.lower() == "add" and verb.tag_ == "VBG" and verb.dep_ == "advcl":
        if verb.head.dep_ == "ccomp" and verb.head.head.lemma_.lower() in SPEECH_VERBS:
            verb = verb.head.head
        elif verb.head.lemma_.lower() not in SPEECH_VERBS:
            verb = next((v for v in reversed(speech_verbs(verb.sent)) if v.i < verb.i), verb)
    for node in [verb, *verb.ancestors]:
        if node.lower_ in PARTICIPLE_PREPS and node.dep_ == "prep":
            continue  # "X stirred the debate by suggesting ...", "…, including saying": the subject of "stirred"; not "thanked Y for ..."
        if node.pos_ not in ("VERB", "AUX"):
            break
        speaking = node.lemma_.lower() == "quote" if node is verb else node.lemma_.lower() in RAISING_VERBS
        subjects = [c for c in node.children if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and speaking)]
        if subjects:  # of two, the parser's slip, not one the quotation holds: "“These carriages we need …,” he said"
            return next((c for c in subjects if not _quoted_before(c, node)), subjects[0])
        if node.dep_ not in ("advcl", "xcomp", "conj", "pcomp") or (node is verb and not speaking and any(c.dep_ == "auxpass" for c in node.children)):
            break  # "…, after being warned that …": who warned is not said
    return _stranded_subject(verb)


def _quoted_before(token, verb) -> bool:
    """Whether `token` lies in a quotation that closes before `verb`: a mark closes between them,
    and the last mark before it that tells opens one (a curly opening mark, or a straight one
    glued to the word after it; a curly single closing mark may be an apostrophe, "Ukrainians’")."""
    doc = token.doc
    if not any(t.text in CLOSING_MARKS for t in doc[token.i + 1:verb.i]):
        return False
    for mark in reversed(doc[max(token.i - QUOTE_REACH, 0):token.i]):
        if mark.text in OPENING_MARKS - CLOSING_MARKS:
            return True
        if mark.text in ('"', "'"):
            return not mark.whitespace_ and (mark.i == 0 or bool(doc[mark.i - 1].whitespace_))
        if mark.text in CLOSING_MARKS - {"’"}:
            return False
    return False


def _stranded_subject(verb):
    """The name set off by commas right before a subjectless verb, which the parser hung on an
    earlier noun, with the role after it ("the commander of the battalion, Petro Kusyk, said …",
    "…, Edgars Rinkēvičs, Latvia's foreign minister, warned that …", "…, Anatoly Lappo, chairman
    of the State Border Committee, said"), or None. For a verb the parser joined to the
    sentence's first, the name, or the role before it, must be joined to a noun too ("…
    against Russia, his father, Dean, wrote"; not "Tears come … as his mother, Luda, recalls")."""
    doc = verb.doc
    if verb.dep_ not in ("ROOT", "conj") or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    for name in (doc[verb.i - 2], *doc[verb.i - 2].ancestors):
        if name.pos_ == "PROPN" and name.dep_ in ("appos", "conj") and name.head.i < name.i:
            set_off = name.left_edge.i > 0 and doc[name.left_edge.i - 1].text == ","
            anchor = name.head if name.dep_ == "appos" and name.head.pos_ == "NOUN" else name
            # or hung on a verb before a closing mark, the quotation's ("“Has he gone mad?” the ministry's spokeswoman, X, wrote")
            quoted = anchor.head.i < anchor.i and any(t.text in CLOSING_MARKS for t in doc[anchor.head.i + 1:anchor.left_edge.i])
            joined = verb.dep_ == "ROOT" or anchor.dep_ in ("conj", "appos") or quoted
            return name if set_off and joined and name.right_edge.i == verb.i - 2 else None
        if name.dep_ not in ("appos", "pobj", "prep", "compound"):
            return None
    return None


def _apposition_start(name) -> int:
    """Where the chain of appositions ending in `name` starts ("the head of …, Sergei Aksyonov")."""
    top = name
    for node in name.ancestors:
        if node.dep_ == "appos":
            top = node
    return top.left_edge.i


def speaker_token(sent, quote: tuple[int, int] | None = None):
    """The subject of the sentence's first speech verb that has one; with `quote` (a quotation's
    character span), first of the innermost speech verb whose phrase holds the quotation ("X
    said … what Y called "…""), failing that X of "according to X", or the subject of a stance
    verb or belief holding it; for a passive of telling, its agent ("was told by X: …"), or none
    ("was told: …")."""
    verbs = speech_verbs(sent)
    if quote:
        a, b = quote
        verbs = [v for v in verbs if not a <= v.idx < b]  # "As I said before, …" is the quote's own
        holding = [v for v in verbs if any(a <= t.idx < b for t in v.subtree)]
        verbs = sorted(holding, key=lambda v: v.right_edge.i - v.left_edge.i) + verbs
    for k, verb in enumerate(verbs):
        subject = subject_of(verb)
        if subject is not None:
            return subject
        if quote and k == 0 and holding and verb.lemma_.lower() in ADDRESSING_VERBS and verb.idx < a and any(c.dep_ == "auxpass" for c in verb.children):
            # "Trump asked … and was told: “…”": whoever told him, if said ("was told by X: …")
            return next((o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
    return (_source(sent, quote) or _judge(sent, quote)) if quote else None


def _judge(sent, quote: tuple[int, int]):
    """The subject of a stance verb, or of a belief ("X believes that … “…”"), whose own phrase
    holds the quotation `quote` (no clause of another's between them: not "Biden labelled him a
    war criminal and Scholz believes “…”", Scholz misparsed), or None; none for words a name
    owns ("Putin's “special military operation”")."""
    a, b = quote
    first = next((t for t in sent if a <= t.idx < b), None)
    if first is None:
        return None
    head = first
    while a <= head.head.idx < b and head.head.i != head.i:
        head = head.head  # the quotation's own head word
    if any(c.dep_ == "poss" and c.pos_ == "PROPN" and not a <= c.idx < b for c in head.children):
        return None  # "Biden believes that Putin's “special military operation” has failed": Putin's term
    at = positions_in(sent, _JUDGING_VERBS, lambda cols: cols.lemma_in(STANCE_VERBS | BELIEF_VERBS, lower=True) & cols.pos_in(VERB))
    for verb in first.ancestors:
        if verb.pos_ not in ("VERB", "AUX") or a <= verb.idx < b:
            continue
        if verb.i in at and verb.lemma_.lower() in BELIEF_VERBS and not any(c.dep_ == "nsubj" for c in verb.children):
            return None  # "Biden labelled him a war criminal and Scholz believes “…”", Scholz misparsed: not Biden's belief
        if verb.i in at:
            return subject_of(verb)
        if verb.dep_ == "ccomp" and verb.head.i in at and verb.head.lemma_.lower() in BELIEF_VERBS:
            continue  # "X believes that the situation provides them with “…”": what X believes
        # "praised Poland for being on the “front line”", "dismissed the claims as lies which are
        # “absurd”", "dismissed them as an attempt to ‘rock the boat’" (a verb with no subject of
        # its own, and no clause joined to the stance verb's), "dismissed …, adding: “…”" (a speech
        # verb, or one the parser hung on a clause of the stance verb's): the stance verb's
        own = verb.dep_ == "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        if own and verb.dep_ not in ("pcomp", "relcl", "advcl") and verb.lemma_.lower() not in SPEECH_VERBS:
            return None
    return None


def _source(sent, quote: tuple[int, int]):
    """Whose words a sentence with no speaking subject gives, outside the quotation `quote`:
    X of "according to X" or of "in X's opinion" ("In the chancellor's opinion, Putin "seems
    afraid …""), or the owner of a belief whose phrase holds the quotation ("X's fear that a
    loss “…” is unfounded", "his contention that “…”")."""
    first = next((t for t in sent if quote[0] <= t.idx < quote[1]), None)
    for token in sent:
        if quote[0] <= token.idx < quote[1]:
            continue  # the quote's own "In my opinion, …"
        if token.lemma_.lower() in BELIEF_NOUNS and token.pos_ == "NOUN" and first is not None and first in token.subtree:
            source = next((c for c in token.children if c.dep_ == "poss"), None)
        elif token.lower_ == "according":
            source = _according_source(token)
        elif token.lower_ == "in":
            phrase = next((c for c in token.children if c.dep_ == "pobj" and c.lower_ in OPINION_NOUNS), None)
            source = next((c for c in phrase.children if c.dep_ == "poss"), None) if phrase is not None else None
        else:
            continue
        if source is not None:
            return source
    return None


def reporter_of(token):
    """The subject of the speech verb whose clause holds `token` ("Moscow said it had decided
    …": Moscow for "it"), or None."""
    for node in token.ancestors:
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in SPEECH_VERBS:
            subject = subject_of(node.head)
            return subject if subject is not None and subject.i != token.i else None
    return None


def reported_clauses(sent, spans: list[tuple[int, int]]):
    """(speech verb, clause span) for "X said (that) CLAUSE" outside quotation marks
    (`spans`: character spans of quotations in the doc), and the whole sentence for a speech
    verb set in it ("The talks, he said, went well"); never a wire story's dateline."""
    verbs = speech_verbs(sent)
    opening = _past_dateline(sent) if verbs else sent.start
    for verb in verbs:
        if verb.lemma_.lower() == "make":
            continue  # "made it clear": its clause hangs on "clear"
        if verb.dep_ == "parataxis" and not any(c.dep_ == "ccomp" for c in verb.children):
            tokens = [t for t in sent.doc[opening:sent.end] if not (t.is_punct or t.is_space)]
            alone = len(verbs) == 1 and "?" not in span_text(sent) and verb.lemma_.lower() not in ("ask", "wonder")
            if alone and len(tokens) >= MIN_WORDS + 3 and _outside(tokens, spans):
                yield verb, sent.doc[tokens[0].i:tokens[-1].i + 1]
            continue
        if (start := _closing_report(verb)) is not None:  # "Washington has been supplying Kiev …, Patrushev has claimed."
            tokens = [t for t in sent.doc[opening:start] if not (t.is_punct or t.is_space)]
            if len(tokens) >= MIN_WORDS + 3 and _outside(tokens, spans):
                yield verb, sent.doc[tokens[0].i:tokens[-1].i + 1]
            continue
        stranded = _stranded_subject(verb)
        for child in _clause_heads(verb):
            taken = _taken_subject(verb, child)
            for tokens in _clauses(child):
                tokens = [t for t in taken + tokens if t.i >= opening]
                taken = []
                if stranded is not None and stranded in tokens:  # "X was activated, the head of Crimea, Sergei Aksyonov, said"
                    tokens = [t for t in tokens if t.i < _apposition_start(stranded)]
                while tokens and tokens[0].is_punct:
                    tokens.pop(0)
                while tokens and tokens[-1].is_punct:
                    tokens.pop()
                tokens = _before_next_speaker(tokens, child, verbs, spans)
                if _long_enough(tokens) and _outside(tokens, spans):
                    yield verb, sent.doc[tokens[0].i:_closing_mark(tokens)]


def a_question(first, verb) -> bool:
    """Whether a clause after its verb is a question put to the speaker or a topic they explain,
    not something they say: "Asked who could replace Putin, …", "When asked if …", "explains
    here what is at stake" (not "said what the US was supplying was nothing new", "told how five
    missiles struck the base", "asked why the council dug up weeds": their own question, nor
    "When the sirens sound, …, explains Dr X")."""
    lemma = verb.lemma_.lower()
    put = lemma == "ask" and not any(c.dep_ == "nsubj" for c in verb.children)  # "Asked …", "When asked …", "was asked …"
    if first.i and first.nbor(-1).lower_ in ("if", "whether"):
        first = first.nbor(-1)  # the clause's words start after its "if"
    return first.i > verb.i and first.lower_ in QUESTION_WORDS and (put or (lemma == "explain" and first.lower_ not in ("if", "whether")))


def _closing_mark(tokens) -> int:
    """The end of a clause, past the closing mark of a word it quotes ("the comments were
    'disappointing'")."""
    end, doc = tokens[-1].i + 1, tokens[0].doc
    opened = sum(t.text in MARKS for t in tokens) % 2
    return end + 1 if opened and end < len(doc) and doc[end].text in MARKS else end


def _before_next_speaker(tokens: list, head, verbs: list, spans: list[tuple[int, int]]) -> list:
    """A clause the parser ran on into another speaker's quotation ("pointed out that his
    silence was 'alarming', a smirking Putin responded: '…'") cut at the comma before that
    speaker, when the clause's head (`head`) and a subject stay before the comma."""
    if not tokens or _outside(tokens, spans):
        return tokens
    inner = {t.i for t in tokens}
    for verb in (v for v in verbs if v.i in inner):
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        near = range(subject.i - SUBJECT_WORDS, subject.i) if subject is not None else ()
        cut = next((k for k, t in enumerate(tokens) if t.text == "," and t.i in near and not any(w.is_punct or w.pos_ in ("CCONJ", "VERB", "AUX") for w in t.doc[t.i + 1:subject.i])), None)
        if cut is not None and head.i < tokens[cut].i and any(t.dep_ in ("nsubj", "nsubjpass") for t in tokens[:cut]):
            return tokens[:cut]
    return tokens


def _past_dateline(sent) -> int:
    """The first token of the sentence past a wire story's dateline ("KYIV, Feb 10 (Reuters) - ")."""
    return next((t.i + 1 for t in sent[:DATELINE_TOKENS] if t.text in DASHES and t.i > sent.start and t.nbor(-1).text == ")"), sent.start)


def _closing_report(verb) -> int | None:
    """Where the report starts when the parser took a closing "…, X has claimed." or "…, wrote
    X, head of …, in a post." for a verb joined to the sentence's main one: the first token
    after the comma, the speaker's or, when the speaker follows, the verb's; None when the
    speech verb's phrase does not close the sentence, has no subject of its own there or a
    clause of its own, or is joined by "and" or "but" ("Troops advanced and Kyiv said …"; not
    "… destroyed bridges and mined roads, X said")."""
    if verb.dep_ != "conj" or verb.head.dep_ != "ROOT":
        return None
    sent, doc = verb.sent, verb.doc
    if any(not t.is_punct for t in doc[verb.right_edge.i + 1:sent.end]):  # the verb's phrase ends the sentence
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) or _stranded_subject(verb)
    if subject is None or _joined_by_and(verb) or _clause_heads(verb):
        return None  # "…, Mr Bell, claimed Britain lacks …": the clause is its own
    start = min(subject.left_edge.i, verb.i)
    return start if start > sent.start and doc[start - 1].text == "," else None


def _joined_by_and(verb) -> bool:
    """Whether "and" or "but" joins the verb to the one before it ("Troops advanced and Kyiv said");
    not one joining two verbs before it ("… destroyed bridges and mined roads, X said")."""
    siblings = list(verb.head.children)
    return any(c.dep_ == "cc" and c.i < verb.i and not any(o.dep_ == "conj" and c.i < o.i < verb.i for o in siblings) for c in siblings)


def _long_enough(tokens) -> bool:
    """Whether a reported clause says enough to stand alone: four words, or three with a
    subject of their own that end at a stop or comma ("he never did."; not "it would not",
    "Moscow should re-evaluate" cut short by the parser)."""
    if len(tokens) != MIN_WORDS:
        return len(tokens) > MIN_WORDS
    after = tokens[-1].nbor().text if tokens[-1].i + 1 < len(tokens[-1].doc) else "."
    subject = any(t.dep_ in ("nsubj", "nsubjpass") for t in tokens)
    return subject and tokens[-1].pos_ in ("VERB", "AUX", "ADJ") and after in (".", ",", ";", "!", "?")


def _clause_heads(verb) -> list:
    """The heads of the clauses a speech verb reports: its clausal complements (not what a
    verb of asking asks for: `_infinitive`), and a "that" clause the parser hung on the noun
    of a phrase after it, of speaking or of an occasion ("said in a statement that …", "told
    reporters after the meeting on Wednesday that …"; not "asked about reports that …"), or on a
    noun further on ("in a post on the Telegram site that …"), and a clause the parser took for
    a relative one (`_no_gap`)."""
    asking = verb.lemma_.lower() in REQUEST_VERBS
    heads = [c for c in verb.children if (c.dep_ == "ccomp" and not (asking and _infinitive(c))) or _misparsed_clause(verb, c)]
    phrase = _phrase_nouns(verb)
    occasions = [n for n in phrase if n.lemma_.lower() in SPEAKING_NOUNS | OCCASIONS and n.dep_ == "pobj"]
    occasions += [n for n in phrase if any(o in occasions for o in n.ancestors)]  # "in a post on the Telegram site that …"
    held = occasions + [n for n in phrase if n.dep_ == "dobj" and n.lemma_.lower() in HELD_NOUNS]  # "expressed confidence that …"
    heads += [c for n in held for c in n.children if c.dep_ in ("acl", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    return heads + [c for n in phrase for c in n.children if c.dep_ == "relcl" and _no_gap(c)]


def _phrase_nouns(verb) -> list:
    """The verb's object and the nouns of the phrases after it, on through "of" and "on" ("wrote
    in a post on the Telegram site", "told the G7 summit")."""
    nouns = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    preps = [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i]
    while preps:
        nouns += (found := [o for p in preps for o in p.children if o.dep_ == "pobj"])
        preps = [c for n in found for c in n.children if c.dep_ == "prep" and c.lower_ in ("of", "on")]
    return nouns


def _no_gap(clause) -> bool:
    """Whether a clause the parser took for a relative one is a "that" clause: its "that", read
    as an object, belongs to a verb with an object or clause of its own ("site that Russian
    forces struck Kyiv", "summit that he wanted to see the conflict ended")."""
    first = clause.doc[clause.left_edge.i]
    return first.lower_ == "that" and first.dep_ == "dobj" and any(c.dep_ in ("dobj", "ccomp") and c != first for c in first.head.children)


def _infinitive(head) -> bool:
    """Whether a clause is an infinitive, what someone is asked to do, not a statement ("called
    on Zelensky to travel to Bali")."""
    return head.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)


def _clauses(head) -> list[list]:
    """The tokens of a reported clause without its "that"; "that A and that B" is two clauses,
    each with its own subject."""
    second = next((c for c in head.children if c.dep_ == "conj" and _own_clause(c)), None)
    cut = set() if second is None else {*second.subtree, *(c for c in head.children if c.dep_ == "cc" and c.i < second.i)}
    that = head.doc[head.left_edge.i] if head.dep_ == "relcl" and _no_gap(head) else None  # read as an object
    first = [t for t in head.subtree if t not in cut and t != that and not (t.dep_ == "mark" and t.head == head and t.i < head.i)]
    return [first] if second is None else [first, *_clauses(second)]


def _own_clause(verb) -> bool:
    """Whether a conjoined verb opens a clause of its own: "and that he …"."""
    deps = {c.dep_ for c in verb.children}
    return "mark" in deps and bool(deps & {"nsubj", "nsubjpass"})


def _misparsed_clause(verb, child) -> bool:
    """"X said a growing share of Y comes from Z": the parser takes the clause's subject for the
    object of "say"; a long object holding a finite verb, after a subject, is a clause."""
    if child.dep_ != "dobj" or verb.lemma_.lower() != "say" or child.lemma_.lower() in NOT_CLAUSES:
        return False
    subject = subject_of(verb)
    return (
        subject is not None and subject.i < verb.i
        and sum(1 for _ in child.subtree) >= MISPARSED_WORDS
        and any(t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in child.subtree)
    )


def _taken_subject(verb, head) -> list:
    """The tokens of a clause's subject the parser took for the speech verb's object, right
    before a clause of no subject or "that" ("denied his forces are to blame"); else none."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl") or (c.dep_ == "mark" and c.i < head.i) for c in head.children):
        return []  # "told the president that invading … would be": the object is who hears it
    taken = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.right_edge.i + 1 == head.left_edge.i), None)
    return [] if taken is None else list(taken.subtree)


def _outside(tokens, spans: list[tuple[int, int]]) -> bool:
    """Whether the text from the first token to the last overlaps no quotation in `spans`."""
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    return not any(a < end and start < b for a, b in spans)


def according_to(sent, spans: list[tuple[int, int]]):
    """(source token, clause span) for "According to X, CLAUSE" and "CLAUSE, according to X"
    outside quotation marks."""
    if "according to" not in span_text(sent).lower():
        return
    for token in sent:
        if token.lower_ != "according" or (source := _according_source(token)) is None:
            continue
        phrase = set(range(min(t.i for t in token.subtree), max(t.i for t in token.subtree) + 1))
        tokens = [t for t in sent if t.i not in phrase]
        while tokens and (tokens[0].is_punct or tokens[0].is_space):
            tokens.pop(0)
        while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
            tokens.pop()
        if len(tokens) < MIN_WORDS + 1 or tokens[-1].i - tokens[0].i + 1 != len(tokens):
            continue  # too short, or the phrase sits inside the clause
        if _outside(tokens, spans):
            yield source, sent.doc[tokens[0].i:tokens[-1].i + 1]


def _according_source(token):
    """X of "according to X", for the token "according"; or None."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if following is None or following.lower_ != "to":
        return None
    return next((c for c in following.children if c.dep_ == "pobj"), None)
