import re
from pathlib import Path

from generator.clean import clean, normalize

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_furniture_is_removed_and_article_text_kept_whole():
    result = clean((FIXTURES / "scrape_with_furniture.txt").read_text())
    text = "\n".join(result.paragraphs)
    for furniture in ("Menu", "World", "Advertisement", "Quick Read", "Summary is AI generated", "Also Read", "Film festival",
                      "Cricket board", "Share this article", "Previous Story", "Heatwave warning", "Next Story"):
        assert furniture not in text
    assert "The corridor will stay open for three days, according to the officials who attended the talks." in result.paragraphs
    assert "The officials said another meeting on the corridor could follow next week." in result.paragraphs
    assert "Kherson, Ukraine:" in result.paragraphs  # the dateline after a summary box is the article's own


def test_repeated_paragraph_is_kept_once():
    result = clean((FIXTURES / "scrape_with_furniture.txt").read_text())
    repeated = [p for p in result.paragraphs if p.startswith("Negotiators from both governments")]
    assert len(repeated) == 1


def test_truncated_standfirst_gives_way_to_the_full_paragraph():
    text = (
        "The delegations spent six hours in the talks and will meet again after consulting their capitals…reports Example Daily\n\n"
        "Other things happened that day in the capital, according to the officials at the ministry.\n\n"
        "The delegations spent six hours in the talks and will meet again after consulting their capitals, the envoy said.\n"
    )
    result = clean(text)
    assert result.paragraphs == [
        "Other things happened that day in the capital, according to the officials at the ministry.",
        "The delegations spent six hours in the talks and will meet again after consulting their capitals, the envoy said.",
    ]
    assert result.hints["source"] == "Example Daily"


def test_byline_dateline_and_credit_become_hints():
    text = "March 3, 2022\nby Jane Roe · Example Times In Short\n- a highlight line\nThe ministry said the convoy arrived on Thursday.\n(With inputs from Reuters)\n"
    result = clean(text)
    assert result.paragraphs == ["The ministry said the convoy arrived on Thursday."]
    assert result.hints == {"dateline": "March 3, 2022", "author": "Jane Roe", "source": "Example Times"}
    assert result.cited == ["Reuters"]


def test_normalize_drops_control_and_zero_width_characters():
    assert normalize("a\u200bb\x07c\u00a0d\r\ne") == "abc d\ne"


def test_share_links_breadcrumbs_tag_lists_captions_and_promos_are_furniture():
    body = [
        "Negotiators from both sides met in Geneva on Tuesday for a second day of talks on a prisoner exchange.",
        "The delegations agreed to swap 150 captives each, a spokesman for the mediators said.",
    ]
    furniture = [
        "[](https://example.org/story/<https:/www.facebook.com/example/>) [](https://example.org/story/<#>)",
        "FacebookTwitterEmail[](https://example.org/story/<#>)",
        "Home WorldEurope Talks resume in Geneva",
        "written by Jane Roe 9:15 AM March 3, 2026",
        "Read more: How the last exchange came together",
        "_Delegates arrive for the talks in Geneva on March 3, 2026. (Example News photo/John Doe)_",
        "An official walks past the venue on Monday. (AP Photo/Jane Roe)",
        "_Jane Roe writes for Example News from Geneva._",
        "Prisoner exchangeGeneva talksUkraine warRussia invasion",
        "Follow our coverage of the war at <https://example.org/hub>",
        "24/7 coverage of breaking news and live events",
    ]
    result = clean("\n\n".join([body[0], *furniture, body[1]]))
    assert result.paragraphs == body
    assert result.hints["author"] == "Jane Roe"


def test_a_long_flattened_article_is_kept_whatever_it_ends_with():
    sentences = [f"The ministry said its air defences intercepted {n} of the drones launched overnight toward the capital. " for n in range(12)]
    article = "".join(sentences) + "(AP Photo/Jane Roe)"
    assert clean(article).paragraphs == ["".join(sentences[:11]).strip()]  # only the caption before the credit goes


def test_captions_run_into_a_flattened_article_are_cut_out():
    body = [
        "Officials in Odesa said on Tuesday that a missile struck a grain terminal overnight.",
        "Nobody was hurt, the regional governor said.",
        "The port reopened on Wednesday after inspectors from St. Petersburg and Istanbul checked the berths.",
        '"We will keep loading ships," the harbour master said.',
        "Exports resumed under the corridor deal signed in July.",
        "Traders said insurance costs for ships calling at the port had doubled since the strike, and that two vessels "
        "waiting at anchor had turned back toward the Bosphorus before the terminal reopened.",
    ]
    captions = [
        "A crane stands over a damaged silo in Odesa, Ukraine, Tuesday, Aug. 16, 2022. The terminal handles a third of the "
        "port's grain. (AP Photo/Jane Roe)",
        "FILE - A bulk carrier leaves the port of Odesa, Ukraine, on July 29, 2022. (Example Ministry via AP)",
        "Dockers wait outside St. Nicholas church near the port. (AP Photo/John Doe, File)",
        "A medic checks supplies in a basement clinic. Photograph: Jane Doe/The Guardian",
    ]
    text = " ".join([body[0], body[1], captions[0], body[2], body[3], "___", captions[1], body[4], captions[3], body[5], captions[2]])
    result = clean(text)
    assert result.paragraphs == [" ".join(body)]
    assert all(any(c in removed for removed in result.removed) for c in captions)




def test_captions_far_from_their_credit_or_without_one_are_cut():
    body = [
        "Engineers restored power to the pumping station on Monday, the city council said.",
        "Water returned to most homes by the evening.",
        "Blinken said Wednesday, July 27, 2022, that talks would go on.",
        "The mayor met residents in Kharkiv, Ukraine, on Tuesday.",
    ]
    captions = [  # a "FILE -" caption run on after a link, its summary five sentences long
        "FILE - A repair crew works on a pipe in Kharkiv, Ukraine, March 3, 2022. The city lost water for a week. "
        "Crews worked in shifts. Pumps were flown in. Residents queued at wells. Schools closed. (AP Photo/Jane Roe, File)",
        "A volunteer poses for a photo on Aug. 20, 2022, in Kharkiv, Ukraine. She carries water to older neighbours. "
        "(Jane Roe/Example Press via AP, File)",
        "A boy fills a bottle at a well in Izium, Kharkiv region, eastern Ukraine, Monday, Aug. 8, 2022.",  # no credit
        "A nurse carries water in Lviv, Ukraine Saturday, May 14, 2022.",
    ]
    text = " ".join([body[0], captions[1], body[1], body[2], captions[2], body[3], captions[3], "___ Roe and Doe reported from Berlin.",
                     "Follow Jane Roe at https://example.org/janeroe", captions[0]])
    result = clean(text)
    assert result.paragraphs == [" ".join(body)]
    assert all(any(c.split(" (")[0] in removed for removed in result.removed) for c in captions)
    assert "Roe and Doe reported from Berlin." in result.removed


def test_credits_and_follow_prompts_that_close_a_flattened_story_are_cut():
    body = "Shelling resumed near the dam on Monday, the governor said. Repairs will take weeks, engineers said."
    tails = [
        "Jane Roe in Kherson, Ukraine, and John Doe contributed to this report.",
        "Example News writers Jane Roe in Odesa and Ana Lima in Lisbon contributed.",
        "John Doe contributed reporting.",
        "Ana Lima contributed to this report from Kherson.",
        "Follow Jane Roe at https://example.org/janeroe",
    ]
    result = clean(" ___ ".join([body, *tails]))
    assert result.paragraphs == [body]
    assert all(tail in result.removed for tail in tails)
    # a follow prompt with no stop before the credit after it; a video's credits
    run_on = [
        "Follow our coverage at https://example.org/hub and of the war at https://example.org/war",
        "Example News journalists Jane Roe and Ana Lima in Kharkiv contributed.",
        "Follow all of our coverage of Africa: https://example.org/africa",
        "More AP boxing: https://example.org/boxing and https://example.org/sports",
    ]
    videos = ["Video produced by Jane Roe and Ana Lima © 2022 Example News.", "Filmed by John Doe Produced and edited by Jane Roe"]
    result = clean(f"{body} {' '.join(run_on)} {' '.join(videos)}")
    assert result.paragraphs == [body]
    assert all(tail in result.removed for tail in run_on + videos)
    kept = [  # a story's own sentences about contributions
        "Produced by Russia, the drones hit Kyiv.",
        "Produced by Russia, Iran and North Korea.",
        "Germany and France contributed.",
        "The EU contributed to this report.",
        "Soldiers in Kyiv contributed.",
        "Many donors contributed.",
        "Follow the money, she said.",
    ]
    assert clean(f"{body} {' '.join(kept)}").paragraphs == [f"{body} {' '.join(kept)}"]


def test_a_passage_a_flattened_paragraph_repeats_is_kept_once():
    first = "Engineers restored one power line to the plant on Saturday after two days of work."
    second = "The agency said the backup generators had enough fuel for about ten more days."
    text = f"{first} {second} Shelling resumed overnight near the town, the governor said. {first} {second}"
    result = clean(text)
    assert result.paragraphs == [f"{first} {second} Shelling resumed overnight near the town, the governor said."]
    assert result.removed == [first, second]


PROSE = " ".join(f"The governor said {n} shelters were open on Monday." for n in range(5))


def test_article_prose_next_to_a_caption_is_kept():
    filler = " ".join(f"Officials in the region reported {n} new incidents overnight, the governor said." for n in range(14))
    cases = {
        "The invasion began on Thursday, Feb. 24, 2022, when troops crossed the border. Since then millions have fled. "
        "A woman walks past a ruined school in Kharkiv. (AP Photo/Jane Doe)":
            "The invasion began on Thursday, Feb. 24, 2022, when troops crossed the border. Since then millions have fled.",
        "Sanctions were imposed on Friday by the U.S. A man walks past a bank in Moscow. (AP Photo/John Smith)":
            "Sanctions were imposed on Friday by the U.S.",
        "The video of the strike (a photo by one of the soldiers) spread quickly online.":
            "The video of the strike (a photo by one of the soldiers) spread quickly online.",
        "Ministers met in Copenhagen, Thursday, Aug. 11, 2022. (Jane Roe/Example Pictures via AP) The donors pledged more aid. "
        "A soldier walks in Kyiv. (AP Photo)":
            "The donors pledged more aid.",
        # a "FILE -" caption is not looked for past another caption's credit, known or not
        "FILE - A crane lifts a beam in Kharkiv, Ukraine, March 3, 2022. (AP Photo, File) " + PROSE + " A worker rests by the road. (AP Photo/Jane Roe)":
            PROSE,
        "FILE - A crane lifts a beam in Izium, Ukraine, March 3, 2022. (Jane Roe/Example Wire) " + PROSE + " A worker rests. (AP Photo/Jane Roe)":
            "FILE - A crane lifts a beam in Izium, Ukraine, March 3, 2022. (Jane Roe/Example Wire) " + PROSE,
    }
    for text, kept in cases.items():
        assert clean(f"{filler} {text}").paragraphs == [f"{filler} {kept}"]


def test_a_wire_credit_line_ends_the_story():
    text = (
        "The delegations met in Geneva for a second day, the ministry said.\n"
        "Reporting by Jane Roe in Geneva; Editing by John Doe\n"
        "Our Standards: The Trust Principles.\n"
        "Regional elections delayed after storms, officials say\n"
    )
    result = clean(text)
    assert result.paragraphs == ["The delegations met in Geneva for a second day, the ministry said."]
    assert "Reporting by Jane Roe in Geneva; Editing by John Doe" in result.removed


def test_a_paragraph_opening_like_a_credit_line_is_article_text():
    text = (
        "Reporting by the Kyiv Independent found that 20 civilians were held in a school basement.\n"
        "Reporting by Jane Roe, John Doe and Ann Lee in Kyiv; writing by Jane Roe; Editing by Tom Poe\n"
        "Other stories from the region\n"
    )
    result = clean(text)
    assert result.paragraphs == ["Reporting by the Kyiv Independent found that 20 civilians were held in a school basement."]


def test_a_site_s_copyright_notice_that_closes_a_flattened_story_is_cut():
    body = "The shelters were full by nightfall, the mayor said."
    notice = ["© 2022 Example News.", "Example News is not responsible for the content of external sites.", "Read about our approach to external linking."]
    result = clean(" ".join([body, *notice]))
    assert result.paragraphs == [body]
    assert all(sentence in result.removed for sentence in notice)
    promotion = ["Follow Example News South on Facebook, Twitter, or Instagram.", "Send your story ideas to south.news@example.org.",
                 "Find Example News: North Wales on Facebook, Instagram and Twitter.", "If you have a story idea email northwales@example.org"]
    result = clean(" ".join([body, *promotion]))
    assert result.paragraphs == [body] and result.removed == promotion
    viewing = ["Watch the full interview on BBC World News on Tuesday, 3 May, or watch again on BBC iPlayer (UK only).",
               "Viewers in the UK can watch the show on BBC iPlayer."]
    result = clean(" ".join([body, *viewing]))
    assert result.paragraphs == [body] and result.removed == viewing
    kept = ["Listen to the story on Example Radio © 2022 Example News.", "Satellite image © 2022 Example Imaging shows craters near the bridge.",
            "Residents watch the news on BBC World News every night."]
    assert clean(" ".join(kept)).paragraphs == [" ".join(kept)]


def test_a_related_story_link_between_wide_gaps_is_furniture():
    text = ("The convoy reached the city on Monday, the governor said.   Related: Ukraine war: what we know on day 96 of the invasion"
            "   Aid workers unloaded food and medicine.   Related: How the grain deal came together")
    result = clean(text)
    assert result.paragraphs == ["The convoy reached the city on Monday, the governor said. Aid workers unloaded food and medicine."]
    assert result.removed == ["Related: Ukraine war: what we know on day 96 of the invasion", "Related: How the grain deal came together"]
    kept = "Related: the two cases were heard together, the court said."  # a story's own words, no gaps
    assert clean(kept).paragraphs == [kept]


def test_a_wire_story_s_exchange_rate_note_is_furniture():
    result = clean("Kyiv pledged 40 million euros to the fund on Monday. ($1 = 0.9731 euros)\n\nThe £10 million grant (£1 = 1.1820 dollars) arrived.")
    assert result.paragraphs == ["Kyiv pledged 40 million euros to the fund on Monday.", "The £10 million grant arrived."]
    assert "($1 = 0.9731 euros)" in result.removed and "(£1 = 1.1820 dollars)" in result.removed


def test_an_acute_accent_between_letters_is_an_apostrophe():
    result = clean("Ukraine´s army said it didn´t lose the town. The café´ and the ´quoted´ word stay.")
    assert result.paragraphs == ["Ukraine’s army said it didn’t lose the town. The café´ and the ´quoted´ word stay."]


def test_a_post_embedded_in_a_flattened_story_is_furniture():
    text = (
        "The envoy asked for an inquiry on Tuesday, her lawyer said. WATCH: Her lawyer tells @ExampleNews the monitoring was \"chilling\"  "
        "“Nobody should be followed like this,” the lawyer said in a statement. The committee will meet on Friday. "
        "We have asked the court to let us share three more phones with the #Oversight committee. #LetHimSpeak  "
        "The senator described her anger in a message posted on Twitter: Our soldiers waited a week for one vote #Aid  "
        "Aid groups shared the footage with the hashtag #Mariupol.  The city lost power at noon."
    )
    result = clean(text)
    assert result.paragraphs == [
        "The envoy asked for an inquiry on Tuesday, her lawyer said. “Nobody should be followed like this,” the lawyer said in a statement. "
        "The committee will meet on Friday. The senator described her anger in a message posted on Twitter: "
        "Aid groups shared the footage with the hashtag #Mariupol. The city lost power at noon."
    ]
    assert result.removed == [
        "WATCH: Her lawyer tells @ExampleNews the monitoring was \"chilling\"",
        "We have asked the court to let us share three more phones with the #Oversight committee. #LetHimSpeak",
        "Our soldiers waited a week for one vote #Aid",
    ]
    kept = "Reporters reached the press office at press@example.org on Monday.  The office did not reply."  # an address, no handle
    assert clean(kept).paragraphs == ["Reporters reached the press office at press@example.org on Monday. The office did not reply."]


def test_a_post_s_guards_keep_the_story_s_own_words():
    reply = clean("The curfew starts at ten, the governor told reporters. .@ExampleNews asks @MayorExample about the curfew.  The curfew held.")
    assert reply.paragraphs == ["The curfew starts at ten, the governor told reporters. The curfew held."]
    assert reply.removed == [".@ExampleNews asks @MayorExample about the curfew."]
    long_text = "Aid groups described the week. " + " ".join(f"On day {k} the city counted its losses at the #Kherson port." for k in range(1, 9)) + "  The mayor spoke."
    assert clean(long_text).paragraphs == [re.sub(r" {2,}", " ", long_text).strip()]  # longer than a post: the story's
    last = "Officials urged calm. Follow the updates at @ExampleDesk"  # no wide gap after it: nothing closes a post
    assert clean(last).paragraphs == [last]
    quoted = "“We will not give up. #StandWithUkraine.” #Oscars holds a moment of silence.  The show went on."
    assert clean(quoted).paragraphs == [quoted.replace("  ", " ")]  # the close of the story's own quotation stays
