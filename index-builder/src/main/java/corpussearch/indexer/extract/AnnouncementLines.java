package corpussearch.indexer.extract;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines shaped like a headline that announce something other than the story below them, and so
 * are never its title when a fuller headline follows: a ticker's flag ("BREAKING: Ferry schedule
 * changed"), a channel's bracketed label ("[Pinned message] Our site is back"), an issue's digest
 * ("This week: A, B, C", see {@link StatedTitles#isDigest}), a service banner in capitals with its
 * parts set apart ("AGENCY — SERVICE EN LANGUE ANGLAISE / ENGLISH SERVICE").
 *
 * <p>A kicker in ordinary case ("Analysis: Why rates rose") is the headline itself and is none of
 * these; and a flagged line stays the headline when what follows it is the byline or the body, not
 * another headline.
 */
final class AnnouncementLines {
  /** A flag in capitals before a colon (or a dot, a pipe), a word or three: "BREAKING:", "JUST IN:", "PARTNER CONTENT · …". */
  private static final Pattern CAPITALS_FLAG = Pattern.compile("^\\p{Lu}{2,}(?:\\s+\\p{Lu}{2,}){0,2}(?:\\s*:|\\s+[·|•])\\s+\\S.*");

  /** A label in brackets opening the line: "[Pinned message] …", "(Sponsored) …". */
  private static final Pattern BRACKET_LABEL = Pattern.compile("^[\\[(][\\p{L}\\s]{2,30}[\\])]\\s*\\S.*");

  /** The parts of a banner: "NAME — SERVICE / ENGLISH SERVICE", a typewriter's "NAME -- SERVICE". */
  private static final Pattern BANNER_SEPARATOR = Pattern.compile("\\s+(?:[—–|/]|--)\\s+");

  /**
   * A sponsor's message in a mailing: "Today's Nuuk Morning is supported by …", "This issue is
   * brought to you by …", "Sponsored by Café Calpe, Irish Town – …"; a partner's logo line, "In
   * partnership with KATHERINE SUN", "In association with …".
   */
  private static final Pattern SPONSOR =
      Pattern.compile("(?i)^(?:(?:today's|today’s|this)\\b.{0,60}?\\b(?:is|was) )?"
          + "(?:(?:supported|sponsored|brought to you|presented|made possible|powered) by\\b.*"
          // a partner's name alone after it: "In partnership with farmers, town builds …" is a headline
          + "|in (?:partnership|association|collaboration) with\\s+(?-i:\\p{Lu}[\\p{L}\\d&'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\d&'’.-]*|of|the|and|for|&))*))");
  /** A post's relay note: "Forwarded from Zarafshan Daily — English", "Reposted from @channel". */
  private static final Pattern RELAY_NOTE = Pattern.compile("(?i)^(?:forwarded|reposted|shared|retweeted) (?:from|by)\\s+\\S.*");

  /**
   * Where a republished story comes from, a label and a publication's name and nothing else:
   * "From our partner: Hawke's Bay Tribune", "Partner content from the Valley Echo", "Originally
   * published in The Dispatch [on 25 November 2024]", "Courtesy of Kestrel Herald". A headline goes
   * on past the name ("From our partners at the mill, a warning") or opens otherwise ("From farm to
   * fork: …").
   */
  private static final Pattern PROVENANCE = Pattern.compile("(?i)^(?:from\\s+(?:our|a|the)\\s+(?:partners?|archives?|wires?"
      + "|sister\\s+(?:paper|site|publication|title)s?|friends)(?:\\s+(?:at|of))?|(?:partner|syndicated|wire|shared)\\s+(?:content|story|news)"
      + "(?:\\s+(?:from|by))?|(?:re)?published\\s+(?:from|by|with\\s+permission\\s+(?:from|of))|syndicated\\s+from|courtesy(?:\\s+of)?"
      + "|(?:originally|first)\\s+(?:published|appeared|ran|posted)\\s+(?:in|on|by|at)|(?:story|content|article)\\s+(?:from|by|courtesy\\s+of)"
      + "|via)\\s*[:|–—-]?\\s+(?-i:(?:[Tt]he\\s+)?\\p{Lu}[\\p{L}\\d&'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\d&'’.-]*|of|the|and|for|&|on)){0,5})"
      // and when: "Originally published by the Benadir Policy Institute on 25 November 2024"
      + "(?:,?\\s+on\\s+(?:\\p{L}{3,9}+\\.?\\s++)?\\d{1,4}+[\\p{L}\\d ,./-]{0,24}+)?\\.?$");

  /** An issue's number: "Issue 88", "Vol. 12, No. 4", "Edition #301". */
  private static final Pattern ISSUE_NUMBER =
      Pattern.compile("(?i)^(?:issue|vol(?:ume)?\\.?|no\\.|edition|number)\\s*#?\\d+(?:\\s*[,.·]?\\s*(?:issue|no\\.|number)\\s*#?\\d+)?$");

  /**
   * An archive's notice of a page's age, "This article is more than 10 months old", "This story is
   * over a year old": the page speaking of itself to the reader, set above an old story's headline.
   */
  private static final Pattern AGE_NOTICE = Pattern.compile("(?i)^this\\s+(?:article|story|piece|page|post|content|report)\\s+is\\s+"
      + "(?:(?:more\\s+than|over|nearly|almost)\\s+)?(?:an?|one|\\d{1,3}+)\\s+(?:hours?|days?|weeks?|months?|years?)\\s+old\\.?$");

  /** A form's input box, "Search: ________ [ Go ]": a run of underscores (two once emphasis marks are read). */
  private static final Pattern FORM_FIELD = Pattern.compile(".*_{2,}.*");

  /** A salutation in any language before the mailing's first sentence: "Mālō e lelei! Here is what …". */
  private static final Pattern EXCLAIMED_GREETING = Pattern.compile("^[^.!?]{1,25}!\\s+\\p{Lu}.*[.!?]$");
  private static final int MAX_GREETING_WORDS = 3;

  /** A label and a list after it: "Keywords: fisheries, Kayar, cold chain", "This week: A, B, C". */
  private static final Pattern LABELLED_LIST = Pattern.compile("^\\p{L}[\\p{L} ]{0,24}:\\s+[^,;]+(?:[,;][^,;]++){2,}+$");

  /** An item of a bulleted list: "- Headline", "• Headline", "* Headline". */
  private static final Pattern BULLET = Pattern.compile("^[-–•*▪►·]\\s+\\S.*");

  /** How many lines below a flagged line the fuller headline may stand (labels and date lines between). */
  private static final int WINDOW = 6;
  /** A headline after its kicker has at least this many words; a field's value is a word or a name. */
  private static final int MIN_KICKED_WORDS = 4;

  private AnnouncementLines() {}

  /** Whether {@code text} has the shape of an announcement (ticker flag, bracketed label, digest, capitals banner). */
  static boolean isAnnouncement(String text) {
    String stripped = text.strip();
    return CAPITALS_FLAG.matcher(stripped).matches()
        || BRACKET_LABEL.matcher(stripped).matches()
        || StatedTitles.isDigest(stripped)
        || LABELLED_LIST.matcher(stripped).matches()
        || PageHeader.isCapitals(stripped) && BANNER_SEPARATOR.split(stripped).length >= 2;
  }

  /**
   * Whether {@code text} is never a headline, wherever it stands: a relay note ("Forwarded from
   * …"), a republished story's source ("From our partner: …"), a sponsor's message, an issue's
   * number, an archive's notice of the page's age, a form's input box, a salutation of a word or
   * three with an exclamation mark before a sentence.
   */
  static boolean isNeverHeadline(String text) {
    String stripped = text.strip();
    return RELAY_NOTE.matcher(stripped).matches() || PROVENANCE.matcher(stripped).matches() || SPONSOR.matcher(stripped).matches()
        || ISSUE_NUMBER.matcher(stripped).matches()
        || FORM_FIELD.matcher(stripped).matches() || AGE_NOTICE.matcher(stripped).matches()
        || EXCLAIMED_GREETING.matcher(stripped).matches()
            && ArticleLines.wordCount(stripped.substring(0, stripped.indexOf('!'))) <= MAX_GREETING_WORDS;
  }

  /**
   * Whether the line at {@code lines.get(index)} is an announcement with a headline below it: the
   * first line after it that is not furniture, a section label or another announcement is
   * headline-shaped (title-like, not closed by a full stop) within {@value #WINDOW} lines.
   */
  static boolean isAboveHeadline(ArticleLines page, List<Integer> lines, int index) {
    if (isListItem(page, lines, index)) {
      return true;
    }
    if (!isAnnouncement(page.text(lines.get(index)))) {
      return false;
    }
    for (int next = index + 1; next < Math.min(lines.size(), index + 1 + WINDOW); next++) {
      String text = page.text(lines.get(next));
      if (TitleRules.isFurniture(text) || PageHeader.isSectionLabel(text) || FieldBlocks.isField(text) && !isKickedHeadline(text)
          || isAnnouncement(text)) {
        continue;
      }
      String headline = BrokenHeadlines.withContinuation(page, lines.get(next)).text();
      return TitleRules.isTitleLike(headline) && !headline.endsWith(".") && !isNamesOnly(text);
    }
    return false;
  }

  /** "Dr Sameena Afridi and Kamran Yusufzai": the writers' names alone, a byline without its "By". */
  private static boolean isNamesOnly(String text) {
    String names = PersonNames.withoutHonorifics(text.strip());
    return PersonNameLists.nameList(names, true).filter(list -> list.equalsIgnoreCase(names)).isPresent();
  }

  /**
   * Whether a field-shaped line is a headline behind its kicker, "Niger: gunmen kill 11 at weekly
   * market": after the colon a phrase of words mostly in lower case, where a field holds a value
   * ("PRIORITY: URGENT", "Source: Ministry of Health").
   */
  private static boolean isKickedHeadline(String text) {
    String[] words = text.substring(text.indexOf(':') + 1).strip().split("\\s+");
    long lower = Arrays.stream(words).filter(word -> Character.isLowerCase(word.codePointAt(0))).count();
    return words.length >= MIN_KICKED_WORDS && lower * 2 >= words.length;
  }

  /**
   * Whether the line is an item of a bulleted list above the headline, "TODAY'S HEADLINES" / "-
   * Kariakoo traders win …" / "- Port queues ease …": a digest's list of stories names the lead
   * story too, but the list is furniture and the headline stands on its own line below.
   */
  private static boolean isListItem(ArticleLines page, List<Integer> lines, int index) {
    boolean item = BULLET.matcher(page.text(lines.get(index))).matches();
    boolean before = index > 0 && BULLET.matcher(page.text(lines.get(index - 1))).matches();
    boolean after = index + 1 < lines.size() && BULLET.matcher(page.text(lines.get(index + 1))).matches();
    return item && (before || after);
  }
}
