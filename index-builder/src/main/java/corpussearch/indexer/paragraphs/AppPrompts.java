package corpussearch.indexer.paragraphs;

import java.util.regex.Pattern;

/**
 * An invitation to the site's app, alerts or channel: {@link DownloadPromptRule} drops it from the
 * body, and the masthead rules pass over it, as an app banner over a page's header sets it ("Get the
 * NewsHub app — all your news in one place. Open").
 */
public final class AppPrompts {
  /**
   * An invitation to the site's app or alerts, prose or not: "Download the News 9 app for breaking
   * news alerts.", "Get the Star's breaking news alerts straight to your phone", "Turn on
   * notifications", "Join our WhatsApp channel for breaking news", "Follow us on Facebook for the
   * latest news", "Get up-to-the-minute news sent straight to your device".
   * It must open with the imperative, so a report that residents can download the
   * county's app is kept.
   */
  // the delivery prompt takes no clause after a comma, so an instruction reported in a story ("Have the results sent to your
  // phone, the clinic told patients.") is kept
  private static final Pattern APP_PROMPT =
      Pattern.compile(
          "(?iu)^(?:(?:follow|like|find) us on\\b.*"
              + "|(?:(?:click|tap)\\s+(?:here\\s+)?to\\s+)?(?:follow|join)\\s+[^.!?]{1,60}?\\s+on\\s+"
              + "(?:whatsapp|telegram|signal|viber|instagram|facebook|twitter|x|tiktok|youtube|threads|linkedin|google news)\\b.*"
              + "|(?:download|get|install|turn on|sign up for|enable|join|follow|subscribe to)\\s+(?:the|our)\\b[^.!?]{0,50}?"
              + "\\b(?:app|alerts?|notifications?|push alerts?|channel)\\b(?:[^.!?]{0,60}\\b"
              + "(?:phone|device|inbox|app|alerts?|notifications?|free)\\b)?[^.!?]{0,30}[.!]?"
              // the reader's own device as where the news goes: "Get up-to-the-minute news sent straight to your device."
              + "|(?:get|receive|have)\\s+[^.!?]{1,50}?\\b(?:sent|delivered|pushed)\\s+(?:straight\\s+|directly\\s+|right\\s+)?to\\s+your\\s+"
              + "(?:device|phone|mobile|smartphone|inbox|email|e-mail|lock\\s?screen)\\b[^.!?,;\"“”]{0,30}[.!]?)"
              // an app banner's button after it: "Get the NewsHub app — all your news in one place. Open"
              + "(?:\\s++(?:open|install|get|view|download|use\\s+app))?");

  /**
   * The same invitation in other languages, the imperative and the channel it names: "Подписывайтесь
   * на наш Telegram-канал …", "Folgen Sie uns auf Instagram", "Suivez-nous sur WhatsApp", "Síguenos en
   * nuestro canal de Telegram", "Seguici su Facebook".
   */
  private static final Pattern FOREIGN_PROMPT = Pattern.compile(
      "(?iu)^(?:подписывайтесь|подпишитесь|присоединяйтесь|читайте нас|folgen sie uns|abonnieren sie|suivez-nous|abonnez-vous"
          + "|rejoignez-nous|síguenos|sígannos|suscríbete|únete|seguici|iscriviti|siga-nos|segue-nos|inscreva-se|bizi takip edin"
          + "|obserwuj nas|dołącz do nas|volg ons|abonneer je)(?![\\p{L}])[^.!?]{0,60}?(?<![\\p{L}])(?:telegram|whatsapp|viber|instagram|facebook"
          + "|twitter|youtube|tiktok|google news|канал\\p{L}*|kanal\\p{L}*|canal\\p{L}*|chaîne|дзен|vk)(?![\\p{L}]).*");
  private static final int MAX_APP_PROMPT_WORDS = 20;

  private AppPrompts() {}

  /** Whether {@code line} is an invitation to the site's app, alerts or channel ({@link #APP_PROMPT}). */
  public static boolean isAppPrompt(String line) {
    return TextShapes.atMostWords(line, MAX_APP_PROMPT_WORDS) && (APP_PROMPT.matcher(line).matches() || FOREIGN_PROMPT.matcher(line.strip()).matches());
  }
}
