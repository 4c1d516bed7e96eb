package corpussearch.indexer.paragraphs;

import java.util.regex.Pattern;

/**
 * Drops newsletter prompts: a line of at most 15 words that is just "Newsletter(s)" (the widget
 * title), or that invites the reader to sign up / subscribe / join / get something by e-mail or
 * "in your inbox", or to enter an e-mail address, or is the e-mail field's placeholder ("Type your
 * email..."); in French, Spanish or Portuguese too ("Recevez … dans votre boîte mail.", "Suscríbete
 * al boletín").
 *
 * A prompt that names itself ("Sign up for the Morning Briefing …", "Sign up for Commute Alert: …
 * every weekday morning", "Herald newsletters: Get …") may have up to 25 words: a sign-up for a
 * named mailing says what it is by its cadence ("every Friday", "daily") or its kind (alerts, a
 * briefing).
 *
 * <p>A mailing's greeting ("Good morning. Here's what you need to know today.") and its footer
 * ("You're receiving this email because …", "Unsubscribe | Manage preferences", "Forward this
 * to a friend", "View in browser") are dropped too, up to 25 words.
 *
 * <p>Its sign-off ("… for reading. See you next Thursday.") is dropped too, up to {@value
 * #MAX_SIGN_OFF_WORDS} words.
 *
 * <p>Why: sign-up boxes interrupt or end articles on most sites. The rule wants the imperative
 * shape ("Sign up …", "Subscribe …", "Get … in your inbox"), so prose that mentions a newsletter
 * ("The group's newsletter called for …") is kept.
 */
final class NewsletterRule extends LineRule {
  private static final Pattern TITLE =
      Pattern.compile("(?iu)(?:our |the |daily |weekly |free )?newsletters?(?: sign-?up)?:?");
  private static final Pattern PROMPT =
      Pattern.compile(
          "(?iu)enter your e-?mail(?: address)?(?: here)?:?|"
              // the sign-up field's placeholder, a control's text and not prose: "Type your email...", "Your e-mail address…"
              + "(?:(?:type|enter|insert|input)\\s+)?(?:your|an?)\\s+e-?mail(?:\\s+address)?(?:\\s+here)?\\s*+(?:\\.{2,3}+|…|\\*)|"
              + "(?:sign up|signup|subscribe|join|get|receive|register|don['’]t miss)\\b.*"
              + "(?:newsletter|inbox|e-?mail|subscribe|updates)\\b.*"
              // the same invitation as French, Spanish and Portuguese sites print it: "Recevez … dans votre boîte mail."
              + "|(?:inscrivez-vous|abonnez-vous|recevez|s['’]inscrire|s['’]abonner|suscr[íi]bete|rec[íi]be|reg[íi]strate|inscreva-se|assine|receba)\\b.*"
              + "(?:newsletter|infolettre|lettre d['’]information|boîte (?:mail|e-mail|de réception|aux lettres)|courriel|bolet[íi]n|bandeja de entrada"
              + "|correo|caixa de entrada|e-?mail)\\b.*"
              // or with how often it comes, which only a mailing promises: "Recevez chaque matin l'essentiel de l'actualité"
              + "|(?:recevez|recibe|receba|erhalten sie)\\b[^.!?]{0,30}?\\b(?:chaque (?:matin|soir|jour|semaine)|tous les (?:matins|soirs|jours)"
              + "|cada (?:mañana|manhã|día|dia|semana)|jeden (?:morgen|abend|tag)|täglich|wöchentlich)\\b.*");
  /** How often a mailing arrives ("every weekday morning", "each Friday", "daily"): what a sign-up box promises. */
  private static final String CADENCE =
      "(?:every|each)\\s+(?:week)?(?:day|morning|evening|week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
          + "|daily|weekly|twice a week";
  /** "Sign up for …" and "Herald newsletters: …" say what they are, so they may run longer. */
  private static final Pattern LONG_PROMPT =
      Pattern.compile(
          "(?iu)(?:sign up|subscribe)\\b.*(?:newsletter|briefing|inbox|e-?mail|alerts?|" + CADENCE + ")\\b.*"
              // the offer first, the button last: "Want more island news? Get the Lantern Daily in your inbox every weekday – sign up free"
              + "|.*\\b(?:in|to|into) your inbox\\b.*\\b(?:sign up|subscribe)\\b[^.!?]{0,20}"
              + "|[\\p{L}'’ ]{0,40}\\bnewsletters?\\s*:\\s*\\S.*");
  private static final int MAX_LONG_PROMPT_WORDS = 25;
  /** A greeting runs on to what the issue holds and how to write back: longer than any prompt. */
  private static final int MAX_GREETING_WORDS = 40;
  private static final Pattern INBOX =
      Pattern.compile("(?iu).*\\b(?:delivered )?(?:straight |directly )?(?:to|in|into) your inbox\\b.*");

  /**
   * The footer of a mailing: why the reader got it and how to stop ("You are receiving this email
   * because …", "Unsubscribe | Manage preferences", "Forward this newsletter to a friend").
   */
  private static final Pattern MAILING_FOOTER =
      Pattern.compile(
          "(?iu).*\\b(?:you(?:['’]re| are| were) receiving this|you received this (?:e-?mail|newsletter|message)"
              + "|forward this (?:(?:e-?mail|newsletter|message|issue|edition|post) )?to (?:a |your )?(?:friends?|colleagues?|someone)"
              + "|forward this (?:e-?mail|newsletter|message)"
              + "|view (?:this (?:e-?mail|newsletter|issue) )?(?:in|on) (?:your |a )?(?:web )?(?:browser|website|web)|view online)\\b.*"
              + "|(?:unsubscribe|manage (?:your )?(?:preferences|subscriptions?))(?:\\s*[|·•]\\s*.*)?");

  /**
   * A mailing's footer that opens by telling the reader why the mail came and runs on to what the
   * sender will not do with the address ("You received this e-mail because a reader entered your
   * address on … . The … has not added you to any mailing list …"): longer than a prompt, so it
   * must open with the notice, which a story paragraph never does.
   */
  private static final Pattern MAILING_FOOTER_OPENING =
      Pattern.compile("(?iu)(?:you(?:['’]re| are| were) receiving this|you received this|you(?:['’]ve| have) received this) (?:e-?mail|newsletter|message|mail|article)\\b.*");

  /** The greeting in the readers' own language that may come first, one to three words and a comma: "Moghrey mie, good morning." */
  private static final String LOCAL_GREETING = "(?:(?:[\\p{L}'’‘]+\\s+){0,2}[\\p{L}'’‘]+[,!]\\s+)?";
  /**
   * A mailing's opening: a salutation and what the issue holds ("Good morning. Here's what …",
   * "Good morning from Tanjong Pagar. This week we look at …"),
   * with the day and the weather the writer chats about in between ("It's Tuesday. Rain clears by
   * lunchtime."), or a greeting in another language that opens the same way ("Mālō e lelei! Here is
   * what happened …"): the mailing's voice, not the story's.
   */
  private static final Pattern GREETING =
      Pattern.compile(
          "(?iu)" + LOCAL_GREETING + "(?:good (?:morning|afternoon|evening)|hello|hi|hey|welcome)\\b[^.!?]{0,40}[.!,]\\s+"
              + "(?:[^.!?]{1,100}[.!?]\\s+){0,3}(?:here['’]?s|here is|here are|this is|today|this week|in this (?:issue|edition))\\b.*"
              // a greeting in the readers' language, known by its exclamation and what follows: "Mālō e lelei! Here is what happened …"
              + "|(?:[\\p{L}'’‘]+\\s+){0,2}[\\p{L}'’‘]+!\\s+(?:here['’]?s|here is|here are)\\s+(?:what|your|today['’]s|this week['’]s)\\b.*"
              + "|(?:[^.!?]{0,40}[,!.]\\s+)?welcome to (?:this|today['’]s|the latest|issue|our)\\b[^.!?]{0,60}(?:edition|issue|newsletter|briefing|bulletin|digest)\\b.*");

  /**
   * A mailing's sign-off, in whatever language it thanks the reader: "Mālō 'aupito for reading. See
   * you next Thursday.", "Cheers, see you Monday.", "Until next week,": a thanks of one to three
   * words and no object, or a promise of the next issue; and the signature "The Bulletin team".
   */
  private static final Pattern SIGN_OFF =
      Pattern.compile(
          "(?iu)(?:[\\p{L}'’‘,!]+\\s+){1,3}for reading(?:[.!](?:\\s+\\S.*)?)?"
              + "|(?:[^.!?]{1,40}[.!,]\\s+)?(?:see you|speak to you|talk to you)\\s+(?:again\\s+)?"
              + "(?:next|tomorrow|soon|then|(?:on\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b[^.!?]{0,20}[.!]?"
              + "|(?:until|till) (?:next (?:week|time|issue|edition|month)|tomorrow)[,.!]?"
              + "|that['’]s (?:it|all) for (?:today|this week|this issue)[.!]?"
              + "|[^.!?]{1,40},\\s+and thanks? (?:you )?for reading[.!]?"
              + "|(?:[^.!?]{1,40}[.!]\\s+)?(?:back|more) (?:next|on) (?:week|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b[^.!?]{0,20}[.!]?"
              // the signature under it: "The Bulletin team", "The Matangi Bulletin team, Nuku'alofa"
              + "|(?-i:(?:The |Your )?(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,4}team(?:,\\s*\\p{Lu}[\\p{L}'’ -]{1,30})?[.!]?)");
  private static final int MAX_SIGN_OFF_WORDS = 12;

  @Override
  public DropReason reason() {
    return DropReason.NEWSLETTER;
  }

  @Override
  boolean matches(String line) {
    // counted first: most lines are paragraphs of prose, far too long for any prompt, and the
    // patterns below scan the whole line
    if (!TextShapes.atMostWords(line, MAX_LONG_PROMPT_WORDS)) {
      return TextShapes.atMostWords(line, MAX_GREETING_WORDS)
          && (GREETING.matcher(line).matches() || MAILING_FOOTER_OPENING.matcher(line).matches());
    }
    if (TextShapes.atMostWords(line, MAX_SIGN_OFF_WORDS) && SIGN_OFF.matcher(line).matches()) {
      return true;
    }
    boolean namesItself = LONG_PROMPT.matcher(line).matches() || MAILING_FOOTER.matcher(line).matches() || GREETING.matcher(line).matches();
    if (!TextShapes.atMostWords(line, 15)) {
      return namesItself;
    }
    return namesItself
        || TITLE.matcher(line).matches()
        || PROMPT.matcher(line).matches()
        || INBOX.matcher(line).matches() && !TextShapes.isProse(line);
  }
}
