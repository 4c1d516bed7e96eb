package corpussearch.indexer.paragraphs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops a labelled date stamp left among the text: "Actualizado: 17 oct. 2024 - 09:05 a. m.",
 * "Updated: 17 October 2024, 09:05 CET", "Aktualisiert am 17.10.2024 um 09:05 Uhr", "Impresso em
 * 13/11/2024 08:54": the label of a publication, update or print date in one of the languages news
 * sites use, then a date and a time and
 * nothing else. The date a page states is metadata; a stamp the extractor did not take (an update
 * beside the publication date, which is not the article's) is furniture all the same.
 *
 * <p>Why: after the label there is only a date's parts, numbers, at most {@value #MAX_NAMES} names
 * (a weekday and a month) and short filler ("at", "a. m.", "de", "Uhr"). A line that goes on to
 * say what happened ("Updated: 40 homes were flooded by 2024 …") has more words than a date has, and
 * is kept.
 */
final class DateStampRule extends LineRule {
  private static final int MAX_WORDS = 14;
  private static final int MAX_NAMES = 2;
  /** A name in a date: a weekday or a month, of four letters or more, maybe shortened ("sept."). */
  private static final int MIN_NAME_LETTERS = 4;
  private static final Pattern LABEL =
      Pattern.compile(
          "(?iu)(?:(?:first|last|originally)\\s+)?(?:published|posted|updated|modified|edited|revised"
              + "|publicado|publicada|actualizado|actualizada|atualizado|publié|publiée|mis à jour|mise à jour"
              + "|veröffentlicht|aktualisiert|pubblicato|aggiornato|gepubliceerd|bijgewerkt|objavljeno|ažurirano"
              + "|posodobljeno|opublikowano|zaktualizowano|publikováno|aktualizováno|publikované|aktualizované"
              + "|publicerad|uppdaterad|publisert|oppdatert|publiceret|opdateret|julkaistu|päivitetty|diterbitkan|diperbarui"
              + "|опубликовано|обновлено|оновлено|güncellendi|yayınlandı"
              // a print view's stamp of when the reader printed the page: "Impresso em 13/11/2024 08:54"
              + "|printed|impresso|impreso|imprimé|imprimée|stampato|gedruckt|afgedrukt|utskriven|utskrevet|wydrukowano|vytištěno)(?:\\s+(?:on|at|le|am|el|em|il|op|o|na))?\\s*:?\\s+(.+)");
  private static final Pattern YEAR_OR_CLOCK = Pattern.compile("\\b(?:19|20)\\d{2}\\b|\\b\\d{1,2}[:.h]\\d{2}\\b|\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b");
  private static final Pattern WORD = Pattern.compile("(?u)\\p{L}+");

  @Override
  public DropReason reason() {
    return DropReason.METADATA;
  }

  @Override
  boolean matches(String line) {
    Matcher label = LABEL.matcher(line);
    if (!TextShapes.atMostWords(line, MAX_WORDS) || !label.matches() || !YEAR_OR_CLOCK.matcher(label.group(1)).find()) {
      return false;
    }
    Matcher word = WORD.matcher(label.group(1));
    int names = 0;
    while (word.find()) {
      names += word.group().length() >= MIN_NAME_LETTERS ? 1 : 0;
    }
    return names <= MAX_NAMES;
  }
}
