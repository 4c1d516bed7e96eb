package corpussearch.indexer.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of a job description that follows a byline's name ("Jane Doe, Staff Writer", "Ana
 * Pech Canul | Corresponsal en Progreso", "Frida Mattsson, nyhetsreporter"), in the languages of
 * the corpus's outlets: one table for every reader of bylines. A role word is never part of a
 * name.
 */
final class RoleWords {
  /** Words of a job description that follow a byline name ("Jane Doe, Staff Writer"), and a newsroom's own ("Par la Rédaction"). */
  private static final Set<String> ROLE_WORDS =
      Set.of(
          ("staff writer writers reporter reporters correspondent editor editors "
                  + "contributor columnist analyst desk team bureau studio senior special chief guest "
                  + "freelance associate assistant managing secretary chair chairman chairwoman"
                  + " chairperson president director producer photographer journalist blogger"
                  + " volunteer coordinator organiser organizer officer founder publisher intern"
                  + " critic commentator researcher professor lecturer presenter anchor manager"
                  + " deputy treasurer trustee newsroom rédaction redaction redacción redação redazione redaktion redactie redakcja"
                  // the reporter's job in the languages of pages abroad: Spanish, Portuguese, French, Italian, German, Dutch, Nordic, Slavic
                  + " corresponsal correspondente correspondant correspondante corrispondente korrespondent korrespondentin"
                  + " korespondent korespondentka dopisnik dopisnica reportero reportera repórter reportér"
                  + " periodista jornalista journaliste giornalista journalistin dziennikarz dziennikarka novinar novinarka"
                  + " toimittaja redactor redactora redator redatora rédacteur rédactrice redattore redattrice redakteur"
                  + " redakteurin redaktør redaktör enviado enviada envoyé envoyée inviato inviata columnista colunista"
                  + " chroniqueur chroniqueuse cronista colaborador colaboradora fellow chercheur chercheuse investigador investigadora"
                  + " pesquisador pesquisadora")
              .split(" "));

  /**
   * A role word that ends a compound ("nyhetsreporter", "Lokalredakteur", "Hauptstadtstudio"), as
   * Germanic and Nordic languages write a reporter's beat and job as one word.
   */
  private static final Pattern COMPOUND_ROLE =
      Pattern.compile("(?iu)\\p{L}{3,}(?:reporter|journalist|studio|redakteur|redaktør|redaktör|korrespondent|toimittaja|kolumnist)(?:in)?");

  private RoleWords() {}

  /** Whether {@code word} describes a job ("Staff", "Correspondent", "corresponsal", "Lokalredakteur") rather than naming anyone. */
  static boolean isRoleWord(String word) {
    return ROLE_WORDS.contains(word.toLowerCase(Locale.ROOT)) || COMPOUND_ROLE.matcher(word).matches();
  }
}
