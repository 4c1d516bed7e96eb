package corpussearch.indexer.paragraphs;

import java.util.regex.Pattern;

/**
 * A paywall's label over a subscriber's piece, alone on its line: "Article réservé aux abonnés",
 * "Subscribers only", "Members-only content", "Nur für Abonnenten". {@link NavigationRule} drops
 * it from the body, and the title rules pass over it: it sits where a kicker sits, over the
 * headline, and is never one.
 */
public final class PaywallLabels {
  private static final Pattern LABEL = Pattern.compile(
      "(?iu)(?:(?:article|contenu|artículo|contenido|articolo|contenuto|artigo|conteúdo|artikel|inhalt)\\s+)?"
          + "(?:(?:est\\s+)?réservé aux (?:abonnés|membres)|(?:es\\s+)?exclusivo para (?:suscriptores|socios|assinantes)"
          + "|riservato agli abbonati|(?:nur\\s+)?für abonnenten|alleen voor abonnees"
          + "|(?:for\\s+)?(?:subscribers?|members?|premium subscribers?|paid subscribers?)[- ]only|exclusive (?:to|for) subscribers)"
          + "(?:\\s+(?:article|content|story|piece))?\\.?");

  private PaywallLabels() {}

  /** Whether {@code line}, stripped, is a paywall's label and nothing else. */
  public static boolean isPaywallLabel(String line) {
    return LABEL.matcher(line.strip()).matches();
  }
}
