package corpussearch.indexer.paragraphs;

import java.util.regex.Pattern;

/**
 * Drops a site's alert banner: a short line opened by a warning sign ("⚠ Air raid alert in
 * Dnipropetrovsk oblast. Proceed to the nearest shelter. Updated 08:41", "🚨 Storm warning …"), or
 * an alert that ends with the time the banner was refreshed ("Flood warning for the Sava valley.
 * Updated 07:15"), or a breaking-news strip, its label in capitals over two or more headlines between
 * bars or dots ("BREAKING  Peso closes at 58.31 | Senate panel opens probe … | …"), or its label
 * and a colon before one headline ("Breaking: Torkham border to remain closed, says official").
 *
 * <p>Why: a banner is pinned over every page of the site while the alert lasts; the story under it
 * may be about something else entirely. A story's paragraph neither opens with a warning sign nor
 * ends on the time a widget refreshed, nor sets headlines between bars; prose about an alert ("The
 * air raid alert lasted three hours.") is kept.
 */
final class AlertBannerRule extends PatternLineRule {
  private static final Pattern BANNER =
      Pattern.compile(
          "(?u)[⚠🚨❗‼⛔🔴]\\uFE0F?\\s*\\S.*"
              + "|(?iu)[^.!?]{0,60}\\b(?:alert|warning|siren|alarm)\\b.*[.!]\\s+(?:updated|as of|last updated)\\s*:?\\s*\\d{1,2}[:.]\\d{2}"
              // a breaking-news strip: its label in capitals, then two or more headlines between bars or dots
              + "|(?-i:(?:BREAKING(?: NEWS)?|LATEST(?: NEWS)?|JUST IN|TRENDING(?: NOW)?|NEWS ?FLASH|ALERTE|DERNI[EÈ]RE MINUTE|[ÚU]LTIMA HORA))"
              + "\\s*:?\\s+[^|·•]{3,160}+(?:[|·•][^|·•]{3,160}+){1,10}+"
              // the same strip with one headline after its label and a colon: "Breaking: Torkham border to remain closed, says official"
              + "|(?iu)(?:breaking(?: news)?|just in|news ?flash)\\s*:\\s+[^.!?]{10,160}+");
  private static final int MAX_WORDS = 40;

  AlertBannerRule() {
    super(BANNER, MAX_WORDS);
  }

  @Override
  public DropReason reason() {
    return DropReason.NAVIGATION;
  }
}
