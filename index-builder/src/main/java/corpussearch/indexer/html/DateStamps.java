package corpussearch.indexer.html;

import corpussearch.indexer.extract.NameAndDateShapes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What a page's dated lines and elements say: the publication date a short line or a meta line
 * states, and whether an element is an update's stamp rather than the publication's.
 */
final class DateStamps {

  /** An update's marker in a class or a label, in English or another language ("Actualizado", "Aktualisiert"). */
  private static final String UPDATE_WORDS = "updat|modif|edited|revis|actualiz|atualiz|aktuali[sz]|mise? à jour|aggiorn"
      + "|bijgewerkt|posodob|ažurir|päivit|opdater|oppdater|uppdater|güncel|diperbarui|обновл|оновл";
  private static final Pattern UPDATED = Pattern.compile("(?iu)" + UPDATE_WORDS);
  /**
   * Where a dated line turns to its update, after a comma or a bare space: "Posted Tue 4 Mar 2025
   * at 6:20am, updated Tue 4 Mar 2025 at 9:05am", "May 19, 2026 — 9.40am AEST Updated May 19,
   * 2026 — 1.05pm" (a date element holding an update's stamp as a child shows both in one line).
   */
  private static final Pattern UPDATE_CLAUSE = Pattern.compile("(?iu)(?:\\s*+[,;])?+\\s++(?=(?:last\\s+)?(?:" + UPDATE_WORDS + "))");
  /** A date line is short: a longer line is prose, whose dates are events. */
  static final int MAX_CHARS = 80;
  /** Where a line of labelled items starts its next item: "Created: … Last modified: …". */
  private static final Pattern NEXT_LABEL = Pattern.compile("\\s+(?=\\p{Lu}[\\p{L} ]{0,20}:\\s)");

  private DateStamps() {}

  /**
   * The date a short line states, or one item of a meta line ("Issue 47 · Thursday, 6 June 2024 ·
   * from the desk of …", "Updated 28 Aug | Published 27 Aug", "Created: 13/10/2009 Last modified:
   * 14/10/2009", "Posted 4 Mar 2025 at 6:20am, updated 4 Mar 2025 at 9:05am"); never an "Updated …"
   * one. A longer line without separators is prose, whose dates are events.
   */
  static Optional<String> statedDate(String text) {
    List<String> items = BlockShapes.segments(text).stream().flatMap(item -> List.of(NEXT_LABEL.split(item)).stream())
        .flatMap(item -> List.of(UPDATE_CLAUSE.split(item)).stream()).toList();
    if (items.size() == 1 || text.length() <= MAX_CHARS && !UPDATED.matcher(text).find()) {
      items = List.of(text);
    }
    for (String item : items) {
      if (item.length() <= MAX_CHARS && !UPDATED.matcher(item).find()) {
        Optional<String> date = NameAndDateShapes.isoDate(item);
        if (date.isPresent()) {
          return date;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The text of {@code element} without the update stamps inside it: a WordPress theme sets
   * {@code <time class="updated">} before the published one in one "posted-on" span, so its text
   * reads "June 19, 2025June 18, 2025". An element without text is no stamp: a {@code <br>} between
   * "Published …" and "Updated …" stays, keeping the two apart.
   */
  static String textWithoutUpdates(Element element) {
    if (element.children().select("*").stream().noneMatch(DateStamps::isTextUpdate)) {
      return element.text();
    }
    Element copy = element.clone();
    copy.children().select("*").stream().filter(DateStamps::isTextUpdate).forEach(Element::remove);
    return copy.text();
  }

  private static boolean isTextUpdate(Element element) {
    return element.hasText() && isUpdate(element);
  }

  /** Whether {@code element} is an update's stamp, by its own markers or the label before it. */
  static boolean isUpdate(Element element) {
    Element parent = element.parent();
    String lead = parent == null ? "" : parent.ownText();
    return UPDATED.matcher(markers(element)).find() || UPDATED.matcher(lead).find();
  }

  /** The names an element carries (class, itemprop, id), in lower case, for the words they contain. */
  static String markers(Element element) {
    return (element.className() + " " + element.attr("itemprop") + " " + element.id()).toLowerCase(Locale.ROOT);
  }
}
