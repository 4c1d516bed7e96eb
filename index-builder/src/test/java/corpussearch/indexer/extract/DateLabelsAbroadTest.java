package corpussearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A date line's label in the page's language says whose date it is: "Publicada em …", "Pubblicato
 * il …", "Опубликовано …" date the article; "Actualizado el …", "Aggiornato il …", "Обновлено …"
 * date a change, which loses to the publication on a line that states both. The date after the
 * label is written as the JDK writes it in that language, its month in full (an abbreviation two
 * languages give to different months, Portuguese "out.", stays unread).
 */
class DateLabelsAbroadTest {

  /** Per language, a "published" label and an "updated" one. */
  private static final Map<String, List<String>> LABELS = Map.ofEntries(
      Map.entry("es", List.of("Publicado el", "Actualizado el")),
      Map.entry("pt", List.of("Publicada em", "Atualizada em")),
      Map.entry("fr", List.of("Publié le", "Mis à jour le")),
      Map.entry("it", List.of("Pubblicato il", "Aggiornato il")),
      Map.entry("de", List.of("Veröffentlicht am", "Aktualisiert am")),
      Map.entry("nl", List.of("Gepubliceerd op", "Bijgewerkt op")),
      Map.entry("cs", List.of("Publikováno:", "Aktualizováno:")),
      Map.entry("hu", List.of("Közzétéve:", "Frissítve:")),
      Map.entry("ru", List.of("Опубликовано:", "Обновлено:")),
      Map.entry("uk", List.of("Опубліковано:", "Оновлено:")),
      Map.entry("sv", List.of("Publicerad:", "Uppdaterad:")),
      Map.entry("fi", List.of("Julkaistu:", "Päivitetty:")));

  @Property(tries = 300)
  void aPublicationLabelInThePagesLanguageDatesTheArticle(
      @ForAll("languages") String language, @ForAll("dates") LocalDate date, @ForAll("styles") FormatStyle style) {
    String line = LABELS.get(language).get(0) + " " + written(date, language, style);

    assertThat(DateParser.parseDateLine(line)).as(line).hasValueSatisfying(found -> {
      assertThat(found.date()).isEqualTo(date);
      assertThat(found.labelled()).isTrue();
      assertThat(found.updated()).isFalse();
    });
  }

  @Property(tries = 300)
  void anUpdateLabelLosesToThePublicationOnTheSameLine(
      @ForAll("languages") String language, @ForAll("dates") LocalDate date, @ForAll("styles") FormatStyle style) {
    LocalDate changed = date.plusDays(1);
    String line = LABELS.get(language).get(1) + " " + written(changed, language, style) + " | "
        + LABELS.get(language).get(0) + " " + written(date, language, style);

    assertThat(DateParser.parseDateLine(line).map(DateParser.DateLine::date)).as(line).contains(date);
  }

  private static String written(LocalDate date, String language, FormatStyle style) {
    return date.format(DateTimeFormatter.ofLocalizedDate(style).withLocale(Locale.forLanguageTag(language)));
  }

  @Provide
  Arbitrary<String> languages() {
    return Arbitraries.of(LABELS.keySet());
  }

  @Provide
  Arbitrary<FormatStyle> styles() {
    return Arbitraries.of(FormatStyle.LONG, FormatStyle.FULL);
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Layouts.dates();
  }
}
