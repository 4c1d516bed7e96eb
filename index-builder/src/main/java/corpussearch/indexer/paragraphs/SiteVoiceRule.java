package corpussearch.indexer.paragraphs;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Drops notices in which the publication speaks about its own work: "Herald court coverage is
 * based on what is said in open court.", "Our reporting on elections follows …", "Sentinel
 * stories may be shared …", "This article also appears in print in Issue 5 …". The first
 * sentence's subject names the publication (a word of its masthead or of the service a byline
 * names, as the metadata extractor found them, or "our" / "this") together with what it publishes
 * (coverage, stories, reporting …), and its verb is in the present tense: the site describing a
 * standing practice. At most {@value #MAX_WORDS} words, with no quotation and no
 * attribution (", the minister said"). Since round 15 also in two forms whatever the tense: a note
 * on how this very piece was made or mended ("This check was reviewed by a second editor …", "An
 * earlier version of this story misstated …"), and the outlet as "we" saying how it is paid for or
 * owned ("We do not accept funding from political parties.").
 *
 * <p>Why: a story reports events in the past tense and quotes people; a notice states how the
 * publication works, always, in the present. A story that mentions its own outlet does so as an
 * object ("told the Herald") or in a quotation, and is kept; so is a story about coverage of
 * something else ("Mobile coverage is patchy"), whose subject names no publication.
 */
final class SiteVoiceRule implements FurnitureRule {
  private static final int MAX_WORDS = 60;
  private static final int MAX_SUBJECT_WORDS = 8;
  private static final int MIN_NAME_LETTERS = 4;
  private static final int MAX_MASTHEAD_WORDS = 5;

  /** The subject of the first sentence, up to its present-tense verb. */
  private static final Pattern SUBJECT_VERB =
      Pattern.compile("(?u)^([^.!?;:]+?)\\s+(?:(?:also|now|only|first|still|\\p{Ll}+ly)\\s+)?"
          + "(?:is|are|does|do|has|have|may|will|can|cannot|must|should|relies|rely|follows?|aims?|appears?|runs?|"
          + "adheres?|abides?|accepts?|takes?|receives?)\\b");
  private static final Pattern PUBLISHED = Pattern.compile(
      "(?iu)\\b(?:coverage|stories|story|articles?|reports|reporting|journalism|content|comments|newsletters?|website|site|"
          + "explainers?|(?:week|month|weekend|today)[’']s\\s+(?:edition|issue))\\b|^(?:our\\s+(?:funders|donors|backers|owners|advertisers)"
          + "|editorial\\s+(?:decisions|independence|policy|control))\\b");
  private static final Pattern OWN = Pattern.compile("(?iu)^(?:our|this|these|editorial)\\b");
  /**
   * The outlet as "we" saying how it is paid for or owned: "We do not accept funding from political
   * parties.", "We have no paywall and no billionaire owner."
   */
  private static final Pattern WE_FUNDED = Pattern.compile(
      "(?iu)^we\\s+(?:(?:do\\s+not|don[’']t|never|accept|take|receive|rely|depend|have\\s+no)\\b.*\\b(?:fund(?:ing|ers)|donors|"
          + "donations|paywall|advertis(?:ers|ing)|sponsors?|shareholders|billionaire|owners?)\\b"
          + "|are\\s+(?:\\p{Ll}+ly\\s+)?(?:funded|owned)\\s+by\\b)");
  /**
   * A note on how this very piece was made or mended, whatever its tense: "This check was reviewed
   * by a second editor …", "This story was produced by … News Service", "An earlier version of this
   * story misstated …". The noun names the piece itself, never a report or a study a story covers.
   */
  private static final Pattern MAKING = Pattern.compile(
      "(?iu)^(?:an?\\s+(?:earlier|previous|original)\\s+version\\s+of\\s+)?this\\s+(?:story|article|explainer|check|"
          + "fact[- ]check|piece|post|newsletter|episode|interview)\\s+(?:was\\s+|has\\s+been\\s+|is\\s+)?"
          + "(?:\\p{Ll}+ly\\s+)?(?:reviewed|produced|updated|corrected|amended|edited|published|printed|distributed|funded|"
          + "supported|commissioned|fact-checked|checked|translated|written|reported|misstated|misspelled|misidentified|"
          + "misattributed|incorrectly|wrongly|stated|said)\\b");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");
  private static final Pattern LEADING_LABEL = Pattern.compile("^[\\p{L}][^:!?]{0,30}:\\s+");
  /** What a story's sentence has and the outlet's self-description has not: reporting, the past of events. */
  private static final Pattern REPORTS =
      Pattern.compile("(?iu)\\b(?:said|says|told|announced|according|was|were|had|did)\\b");
  /** Where a claimed line divides into a name and what it works for: "Name, Service", "Name | Outlet". */
  private static final Pattern PARTS = Pattern.compile("\\s*(?:[,|·•]|\\s[-–—]\\s)\\s*");
  /** A quotation, or a clause attributing the sentence to someone: ", the minister said". */
  private static final Pattern QUOTED_OR_REPORTED =
      Pattern.compile("(?iu)[\"“”]|,\\s+(?:[\\p{L}'’-]+\\s+){0,5}(?:said|says|told|according)\\b");

  @Override
  public DropReason reason() {
    return DropReason.DISCLAIMER;
  }

  @Override
  public void apply(Page page) {
    Set<String> names = mastheadWords(page.metadataTexts());
    for (Block block : page.liveBlocks()) {
      if (isNotice(page.liveText(block), names)) {
        page.dropAll(page.live(block), reason());
      }
    }
    for (int i = 0; i < page.size(); i++) {
      if (page.isLive(i) && isNotice(page.line(i), names)) {
        page.drop(i, reason());
      }
    }
  }

  /**
   * The first sentence of the line, after a leading label ("CREDIT LINE:", "Correction, Nov. 23:"),
   * is a notice (what follows it is the notice's own detail), or a later one is and none of the
   * others reports: a notice shares its line with the outlet's other self-description ("FactLine
   * Australia is a signatory to … . We do not accept funding …"), but a story's paragraph that
   * happens to hold such a sentence reports in the others.
   */
  private static boolean isNotice(String line, Set<String> names) {
    if (!TextShapes.atMostWords(line, MAX_WORDS) || QUOTED_OR_REPORTED.matcher(line).find()) {
      return false;
    }
    List<String> sentences = List.of(SENTENCE_END.split(LEADING_LABEL.matcher(line.strip()).replaceFirst("")));
    if (isNoticeSentence(sentences.getFirst(), names)) {
      return true;
    }
    return sentences.stream().anyMatch(sentence -> isNoticeSentence(sentence, names))
        && sentences.stream().noneMatch(sentence -> !isNoticeSentence(sentence, names) && REPORTS.matcher(sentence).find());
  }

  private static boolean isNoticeSentence(String line, Set<String> names) {
    if (MAKING.matcher(line).find() || WE_FUNDED.matcher(line).find()) {
      return true;
    }
    Matcher m = SUBJECT_VERB.matcher(line);
    if (!m.find() || !TextShapes.atMostWords(m.group(1), MAX_SUBJECT_WORDS)) {
      return false;
    }
    String subject = m.group(1);
    boolean publication = OWN.matcher(subject).find()
        || Arrays.stream(subject.split("[\\s’']+")).anyMatch(word -> names.contains(word.toLowerCase(Locale.ROOT)));
    return publication && PUBLISHED.matcher(subject).find();
  }

  /**
   * The capitalised words of the short title-case lines, or parts of lines, the extractor claimed:
   * the masthead's among them, and the service a byline names ("By Jack Lavelle, Local Democracy
   * Reporting Service").
   */
  private static Set<String> mastheadWords(List<String> metadata) {
    return metadata.stream()
        .flatMap(text -> Arrays.stream(PARTS.split(text)))
        .filter(text -> TextShapes.atMostWords(text, MAX_MASTHEAD_WORDS) && !TextShapes.endsSentence(text))
        .flatMap(text -> Arrays.stream(text.split("\\s+")))
        .filter(word -> word.length() >= MIN_NAME_LETTERS && Character.isUpperCase(word.codePointAt(0)))
        .map(word -> word.toLowerCase(Locale.ROOT))
        .collect(Collectors.toSet());
  }
}
