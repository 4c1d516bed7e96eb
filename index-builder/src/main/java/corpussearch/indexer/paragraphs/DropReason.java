package corpussearch.indexer.paragraphs;

import java.util.Locale;

/**
 * Why a line of an article file was not indexed as (part of) a paragraph.
 *
 * <p>Each constant corresponds to one family of page furniture (one {@link FurnitureRule}) or to a
 * structural decision of {@link ParagraphSplitter}. {@link #label()} is the stable kebab-case name
 * used in reports and statistics.
 */
public enum DropReason {
  /** A line the metadata extractor claimed (title, byline, masthead, date, bio), an echo of one, a labelled date stamp, or the key points listed between headline and byline. */
  METADATA,
  /** Comment-section header, commenter lines, reply markers, moderation notices, the comment region. */
  COMMENTS,
  /** "What's your reaction?" widgets: counters ("+1", "0") and one- or two-word mood labels; reader polls. */
  REACTION_WIDGET,
  /** "See Also" / "Related Articles" labels and dense lists of linked headlines. */
  RELATED_LIST,
  /** Lines made only of share buttons ("Share", "Tweet", "Facebook Twitter WhatsApp"). */
  SHARE_BAR,
  /** Newsletter sign-up prompts. */
  NEWSLETTER,
  /** UI chrome: "Back to top", "Close", "×", media player times, "Now Reading" … */
  NAVIGATION,
  /** Copyright lines ("© 2020 X LLC. All rights reserved."). */
  COPYRIGHT,
  /** Editorial disclaimers ("The views expressed … do not necessarily reflect …"), funding and republication notices. */
  DISCLAIMER,
  /** Download prompts ("Please select digest to download:"). */
  DOWNLOAD_PROMPT,
  /** Picture captions ("Caption: …", "Photo: …"). */
  CAPTION,
  /** Wire credit lines ("Reporting by …; editing by …", "Additional reporting by …"). */
  CREDIT_LINE,
  /** Everything below a story's closing editing credit: the agency's footer. */
  FOOTER,
  /** Appeals to readers: support our journalism, become a member, buy the print edition. */
  PROMO,
  /** A short author biography at the end of the article, or a "Written by" label. */
  AUTHOR_BIO,
  /** A heading-shaped line with no body text under it (a widget title whose content is gone). */
  STRAY_HEADING,
  /** A short line a page prints again and again: a teletext subpage's footer, a running menu, a print document's running head. */
  REPEATED_CHROME,
  /** How the piece was produced, printed or published: print-edition and translation notes, an imprint or postal card, a tip line. */
  PRODUCTION_NOTE,
  /** A section of notes keyed to markers in the text ("… cooperatives.[1]" over "1. The interviews were …"). */
  ENDNOTES,
  /** An advertisement set among the text: a block with a price and its small print ("*Conditions apply."). */
  ADVERT,
  /** A paragraph at the story's edges about something else: the site, the reader, another story (no rule of a kind named it). */
  OFF_TOPIC,
  /** A line with no letters at all ("***", "—", a lone number). */
  EMPTY;

  /** The kebab-case name of this reason, e.g. {@code reaction-widget}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
