package corpussearch.indexer.paragraphs;

import java.util.regex.Pattern;

/**
 * Drops a cookie or consent bar: a line that ends in two or more of the bar's buttons, between bars,
 * slashes or dots or each in its brackets ("We use cookies to measure our audience … Accept all |
 * Refuse | Settings", "Aceitar | Recusar | Configurar", "Accepter · Refuser", "[Akceptuję]
 * [Ustawienia]"), in the languages news sites use; or, in any language, a notice that names cookies
 * and ends in a run of bracketed buttons.
 *
 * <p>Why: a saved or copied page keeps the consent bar the site pinned over it; its buttons are
 * words no sentence ends on, one after another with nothing between. A sentence that speaks of
 * accepting or refusing ("The council may accept or refuse the plan.") has no run of buttons and
 * is kept. Cookies are named by the same loanword in most languages, so with the bracketed run it
 * marks a bar whose buttons the list does not know. The notice itself, when the copy put its buttons
 * on a line of their own, is known by the consent platforms' wording: it opens on the reader's
 * privacy, on the site saying it sets cookies ("We use cookies in accordance with …", "Wir verwenden
 * Cookies …", "Nous utilisons des cookies …") or on "We and
 * our N partners store …", which a story does not.
 */
final class ConsentBarRule extends PatternLineRule {
  private static final String BUTTON =
      "(?:accept(?:\\s+all)?|agree|allow(?:\\s+all)?|ok|got\\s+it|refuse|reject(?:\\s+all)?|decline|settings|manage(?:\\s+(?:cookies|options))?"
          + "|preferences|customi[sz]e|more\\s+info"
          + "|aceitar(?:\\s+tudo)?|recusar|rejeitar|configurar|aceptar(?:\\s+todo)?|rechazar|configuración|accepter(?:\\s+tout)?|refuser|paramètres"
          + "|personnaliser|accetta(?:\\s+tutto)?|rifiuta|impostazioni|akzeptieren|alle\\s+akzeptieren|ablehnen|einstellungen"
          + "|accepteren|weigeren|instellingen|godkänn|avvisa|inställningar|godta|avvis|innstillinger|afvis|indstillinger"
          + "|akceptuj[ęe]?|odrzu[ćc]|ustawienia|přijmout|odmítnout|nastavení|prihvati|odbij|postavke|hyväksy|hylkää|asetukset"
          + "|elfogadom|elutasítom|beállítások|kabul\\s+et|reddet|ayarlar|принять|отклонить|настройки|прийняти|налаштування|αποδοχή|απόρριψη|ρυθμίσεις)";
  private static final String BRACKETED = "\\[\\s*(?:" + BUTTON + ")\\s*]";
  private static final Pattern BAR =
      Pattern.compile("(?iu)(?:.*[.!:]\\s+|\\s*)(?:" + BUTTON + "(?:\\s*[|/·•]\\s*" + BUTTON + ")+\\s*[.]?|(?:" + BRACKETED + "\\s*){2,})"
          // any language: a notice naming cookies, then its buttons in brackets
          + "|.*\\bcookies?\\b.*[.!:]\\s+(?:\\[\\s*\\p{L}[\\p{L} ]{0,24}\\s*]\\s*){2,}"
          // the notice over the buttons, as consent platforms word it: "We value your privacy. We and our 214 partners store …"
          + "|(?:we (?:value|care about|respect) your privacy|your privacy (?:is important to us|matters(?: to us)?)"
          // the site saying in its own voice that it sets cookies: "We use cookies in accordance with …", "This website uses cookies …"
          + "|(?:we|(?:this|our) (?:site|website)s?)(?: (?:also|only))? (?:use|uses|place|places|store|stores|set|sets) cookies"
          + "|by (?:continuing to (?:browse|use)|using) (?:this|our) (?:site|website)"
          // and so in German, French, Spanish, Portuguese, Italian: "Wir verwenden Cookies und ähnliche Technologien, um …"
          + "|wir (?:verwenden|nutzen|setzen) cookies|diese (?:website|webseite|seite) (?:verwendet|nutzt) cookies"
          + "|nous utilisons (?:des )?cookies|ce site (?:utilise|emploie) des cookies|(?:utilizamos|usamos) cookies"
          + "|este (?:sitio|site) (?:web )?(?:utiliza|usa) cookies|utilizziamo (?:i )?cookie|questo sito (?:utilizza|usa) (?:i )?cookie)\\b.*"
          + "|(?:[^.!?]{0,60}[.!]\\s+)?we,? and our (?:\\d{1,4}\\s+)?(?:(?:third[- ]party|advertising|trusted)\\s+)?(?:partners|vendors)"
          + "\\s+(?:store|use|process|access|collect|may)\\b.*");
  private static final int MAX_WORDS = 60;

  ConsentBarRule() {
    super(BAR, MAX_WORDS);
  }

  @Override
  public DropReason reason() {
    return DropReason.NAVIGATION;
  }
}
