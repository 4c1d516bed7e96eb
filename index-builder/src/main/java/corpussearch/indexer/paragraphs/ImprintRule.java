package corpussearch.indexer.paragraphs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops a publisher's imprint or postal card set on one line: a name and its address as a list of
 * parts ("Dar Morning Digest, P.O. Box 70311, Dar es Salaam, Tanzania.", "Pacific Media Watch Ltd ·
 * Honiara · clippings@…", "Savinja Herald d.o.o., Prešernova 10, 3000 Celje."), with whatever
 * registration note follows it on the line ("Publisher's registration no. 1721 in the Media
 * Register …"), also after the masthead's lead "Published every Thursday by …", or after a
 * label that says whose address it is ("Editorial office: 12 Kurmanjan Datka St, Osh. Circulation
 * 4,500.": the label names it a card, so two parts will do).
 *
 * <p>Why: a card lists proper names, numbers and codes, at least {@value #MIN_PARTS} parts, and one
 * of them is what only an address has: a post box, a company's legal form, a postcode before a
 * town, a house number before a street ("14 Harbour View Road"), an e-mail address or a
 * registration number. A sentence that names a company or its street has words in lower case
 * between the names ("Savinja Herald d.o.o., which publishes the paper, …"), so it is kept.
 */
final class ImprintRule extends LineRule {
  private static final int MAX_WORDS = 45;
  private static final int MIN_PARTS = 3;
  private static final Pattern PART = Pattern.compile("\\s*[,·|•]\\s+");
  /** The end of the card's sentence: a full stop after a word, not inside "P.O." or "d.o.o.". */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\p{L}{3}\\.)\\s+(?=\\p{Lu})");
  /** A word in lower case of four letters or more, which a list of names and codes does not have. */
  private static final Pattern PROSE_WORD = Pattern.compile("(?u)(?<![\\p{L}@.\\d])\\p{Ll}{4,}(?![\\p{L}@.\\d])");
  /**
   * The masthead's lead before the card: "Published every Thursday by …", "Printed and published
   * weekly by …". It says when the paper appears; the card after it is judged as any other.
   */
  private static final Pattern PUBLISHED_BY =
      Pattern.compile(
          "(?iu)^(?:(?:printed|published|issued|edited)(?:\\s+(?:and|&)\\s+)?){1,2}\\s+"
              + "(?:(?:every|each|on)\\s+\\p{L}+\\s+|daily\\s+|weekly\\s+|monthly\\s+|fortnightly\\s+)?by\\s+(?=(?-i:\\p{Lu}))");
  /** The label of an address line: "Editorial office:", "Registered address:", "Redaktion:". */
  private static final Pattern ADDRESS_LABEL =
      Pattern.compile(
          "(?iu)^(?:(?:editorial|head|registered|main|postal|mailing|newsroom)\\s+(?:office|address)|address|editorial address|newsroom"
              + "|redaktion|rédaction|redacción|redação|redazione|редакция|адрес редакции)\\s*:\\s*(?=\\S)");
  private static final Pattern QUOTED_OR_REPORTED = Pattern.compile("(?iu)[\"“”]|\\b(?:said|says|told)\\b");
  private static final Pattern ADDRESS_ONLY =
      Pattern.compile(
          "(?iu)\\b(?:p\\.?\\s?o\\.?\\s?box|post(?:al)? box|postfach|apartado(?: postal)?|b\\.p\\.|private bag)\\s*\\d+"
              + "|(?<![\\p{L}])(?:d\\.o\\.o\\.|d\\.d\\.|s\\.r\\.o\\.|sp\\. z o\\.o\\.|ltd|limited|llc|llp|inc|plc|pty|gmbh|s\\.a\\.s\\.?"
              + "|s\\.\\s?de\\s?r\\.\\s?l\\.(?:\\s?de\\s?c\\.\\s?v\\.)?|s\\.a\\.\\s?de\\s?c\\.\\s?v\\.|s\\.a\\.|s\\.l\\.|s\\.r\\.l\\.|srl|s\\.p\\.a\\.|b\\.v\\.|n\\.v\\.|a/s|sdn bhd|bhd|k\\.k\\.)(?![\\p{L}])"
              + "|(?-i:\\b(?:AG|SA|AB|Oy|AS|BV|NV|SpA|OOO|TOO|JSC|LLC)\\b)"
              + "|(?<![\\d.,])\\d{4,5}\\s+\\p{Lu}\\p{L}+"
              // a house number before a street named in capitals and its kind: "14 Harbour View Road", "2 Kenyatta Ave"
              + "|(?<![\\d.,])\\d{1,5}[a-z]?\\s+(?-i:(?:\\p{Lu}[\\p{L}'’-]*+\\s+){1,3}(?:Road|Street|Avenue|Lane|Drive|Boulevard|Way|Place|Square"
              + "|Terrace|Crescent|Close|Highway|Rd|St|Ave|Blvd)\\b)"
              + "|(?<![\\w.+-])[\\w.+-]++@[\\w-]+\\.[\\w.-]+"
              + "|\\b(?:registration|reg\\.|company|vat|tax|nit|idno|abn|cui|ičo|ico|oib|pib|kvk|siret|cnpj)\\s*(?:no\\.?|number|#|id)?\\s*:?\\s*\\d[\\d .\\-/]{3,}");

  @Override
  public DropReason reason() {
    return DropReason.PRODUCTION_NOTE;
  }

  @Override
  boolean matches(String line) {
    if (!TextShapes.atMostWords(line, MAX_WORDS) || QUOTED_OR_REPORTED.matcher(line).find()) {
      return false;
    }
    Matcher label = ADDRESS_LABEL.matcher(line);
    if (label.lookingAt()) {
      // the label names it a card, so it may begin with the house number
      return isCard(line.substring(label.end()), MIN_PARTS - 1) && Character.isLetterOrDigit(line.codePointAt(label.end()));
    }
    String card = PUBLISHED_BY.matcher(line).replaceFirst("");
    return isCard(card, MIN_PARTS) && Character.isUpperCase(card.codePointAt(0));
  }

  /** Whether the first sentence of {@code text} lists at least {@code minParts} names and codes, one of them an address's. */
  private static boolean isCard(String text, int minParts) {
    String card = SENTENCE_END.split(text, 2)[0];
    return PART.split(card).length >= minParts
        && !PROSE_WORD.matcher(card).find()
        && ADDRESS_ONLY.matcher(card).find();
  }
}
