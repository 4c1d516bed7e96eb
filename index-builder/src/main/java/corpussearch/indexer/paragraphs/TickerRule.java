package corpussearch.indexer.paragraphs;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops a ticker strip: a line of at least {@value #MIN_ITEMS} short items between separators (" ·
 * ", " | ", " • "), at least {@value #MIN_READINGS} of them a reading with its unit, sign or
 * currency code, as a page's top bar shows river levels, weather, exchange rates and the time
 * ("Savinja at Celje: 4.1 m ▼ falling · Laško 3.6 m · Updated 09:00", "USD/COP 4.268 · Cartagena
 * 31°C · Sea: calm", "Q7.74 = US$1 · Volcán de Fuego: moderate activity, ash advisory for
 * Alotenango · Antigua 22°C"); or a price board of two or more items that are all readings ("FUEL
 * Petrol 11.20 DKK/l · Diesel 10.45 DKK/l", "EUR 117.05 RSD | USD 108.40 RSD"). A widget may join
 * its labelled notes with full stops and commas instead ("Polar night: sun returns 16 February.
 * Today: -14 °C, wind 9 m/s").
 *
 * <p>Why: a story gives a measurement in a sentence; a strip lists readings without verbs. A list of
 * results without units ("Celje 2 · Maribor 1 · Koper 0") is no ticker and is kept.
 */
final class TickerRule extends LineRule {
  private static final int MIN_ITEMS = 3;
  private static final int MIN_READINGS = 2;
  private static final int MIN_BOARD_ITEMS = 2;
  /** A strip's item is a label and a reading or a short notice, never a sentence of its own. */
  private static final int MAX_ITEM_WORDS = 12;
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[·|•]\\s+");
  private static final Pattern READING =
      Pattern.compile(
          "(?u)\\d[\\d.,]*\\s*(?:°\\s?[CF]?|%|(?:m|cm|mm|km|km/h|kph|mph|kt|hPa|mb)(?![\\p{L}]))"
              + "|[▲▼△▽↑↓]|[$€£¥₹]\\s?\\d|\\d\\s?[$€£¥₹]|\\b\\p{Lu}{3}/\\p{Lu}{3}\\b|\\b\\d{1,2}:\\d{2}\\b"
              // a price or rate with its ISO currency code: "10.45 DKK/l", "EUR 117.05", "USD 41.18"
              + "|\\d[\\d.,]*\\s?\\p{Lu}{3}\\b|\\b\\p{Lu}{3}\\s?\\d");

  /**
   * A widget's labelled notes set as sentences with no verb, the last without a full stop: "Polar
   * night: sun returns 16 February. Today: -14 °C, wind 9 m/s, avalanche warning level 3". Its
   * parts are the items, split at full stops and commas.
   */
  private static final Pattern LABELLED_NOTES =
      Pattern.compile("(?u)(?:\\p{Lu}[\\p{L}'’ ]{0,25}:\\s+(?:[^.:!?]|[.:](?=\\d)){1,80}(?:\\.\\s+(?=\\p{Lu})|$))+");
  private static final Pattern NOTE_PARTS = Pattern.compile("[.,]\\s+");

  @Override
  public DropReason reason() {
    return DropReason.NAVIGATION;
  }

  @Override
  boolean matches(String line) {
    List<String> items = List.of(SEPARATOR.split(line));
    if (items.size() < MIN_BOARD_ITEMS && LABELLED_NOTES.matcher(line).matches()) {
      items = List.of(NOTE_PARTS.split(line));
    }
    if (items.size() < MIN_BOARD_ITEMS
        || !items.stream().allMatch(item -> TextShapes.atMostWords(item, MAX_ITEM_WORDS) && !TextShapes.endsSentence(item))) {
      return false;
    }
    long readings = items.stream().filter(item -> READING.matcher(item).find()).count();
    return items.size() >= MIN_ITEMS ? readings >= MIN_READINGS : readings == items.size();
  }
}
