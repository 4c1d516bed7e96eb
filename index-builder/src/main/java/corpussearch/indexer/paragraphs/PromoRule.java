package corpussearch.indexer.paragraphs;

import java.util.regex.Pattern;

/**
 * Drops the publication's appeals to its readers: a line of at most 40 words that asks (maybe "If
 * this story was useful, …" or "To receive new posts and support my work, …") to support
 * its journalism or reporting, become a (supporting) member or subscriber, make a gift, donate, or
 * buy the print edition, to upgrade to a paid plan, or to subscribe at a price ("from 1 kr for the
 * first month"), the outlet's word that its readers pay for it ("… relies on reader donations."), a
 * pitch of what a subscription gets the reader or what the outlet gives its paying readers
 * ("Members get our monthly dataset."), a sponsor line, an offer code, a note to the editors who
 * buy a syndicated piece, a forwarded reader's prompt to subscribe, where else to follow it (a chat
 * channel, a radio show, a reading game) and a chat channel's own chrome ("Forwarded from …", "… in
 * Telegram: news every hour"), a pitch to advertisers ("Advertise on …: 46 000 readers a month"),
 * or to write to an e-mail address ("Got a news tip? Email newsroom@…"); a question to the reader
 * followed by whom to contact ("Have a tip? Contact the investigations team …", "Got a tip? Reply
 * to this email …"); a newsletter's poll ("How did you like today's Brief?"); an invitation to
 * report an error, the widget's "select it and press Ctrl+Enter" too; and the press office's
 * contact for interviews and pictures.
 *
 * <p>Why: such appeals close articles on many sites and say nothing about the story. The rule
 * wants the appeal phrase itself, so a story about a membership drive keeps its sentences.
 */
final class PromoRule extends PatternLineRule {
  /**
   * A question to the reader followed by whom to tell ("Have a tip? Contact the investigations team
   * at …", "Got a story? Call the newsdesk …", "Got a story? SMS the newsroom on …", "Got a tip?
   * Reply to this email", "Got a story from your street? Just reply to this e-mail"): the question
   * is what makes it an appeal, since a report may well say whom residents should call.
   */
  private static final String TIP_PROMPT =
      "(?:(?:have|got|do you have|know)\\b[^.?!]{0,50}|(?:news\\s+)?tips?|story ideas?)\\?\\s+(?:please\\s+|just\\s+|simply\\s+)?(?:contact|e-?mail|call|write to|message|text|sms|whatsapp|phone|ring|reply|tell|get in touch|reach|send|drop)\\b"
          + ".*(?:@|\\d{3}|\\b(?:us|our|team|newsroom|newsdesk|desk|reporters?|editors?)\\b|\\bthis (?:e-?mail|message|newsletter)\\b).*";
  /**
   * A call for the readers' own news: "Send us your stories to …", "Send your community notices to
   * the Post office by Wednesday noon", "Send in your club news to …"; with an address, or with the
   * day the page closes for it.
   */
  private static final String SEND_IN =
      "send (?:it|them|letters|(?:us |in )?your (?:[\\p{L}-]+\\s+){0,2}?(?:news|notices|announcements|stories|story|tips?|letters|photos|pictures|views|events|listings)) to";
  /** When the page closes for the readers' news: a weekday, noon or a time. */
  private static final String DEADLINE = "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|noon|midday|midnight|\\d)";
  /** Where journalists get interviews and pictures: "For interviews …, please contact the press office …". */
  private static final String PRESS_CONTACT =
      "(?:for|to arrange)\\s+(?:media|press|interviews?|images|photos|more information|further information)\\b[^.]{0,80}?"
          + "\\b(?:contact|e-?mail|call)\\b.*\\b(?:press|media|communications)\\s+(?:office|team|relations|desk)\\b.*";
  /**
   * A subscription offer or a donation appeal with its price, maybe after the sentence that sets it
   * up: "Subscribe to the Chronicle from $2 a week", "Subscribe for just £1", "The Dispatch is funded
   * by its readers. Donate from 50 lei a month …": the imperative and the price per period, in
   * whatever currency, make the offer; a story says who donated, in the past tense.
   */
  private static final String PRICED_OFFER =
      "(?:[^.!?]{0,80}[.!?]\\s+)?(?:subscribe|join|sign up|donate|give|contribute|chip in)\\b[^.!?]{0,50}?\\b(?:from|for|at)\\s+(?:(?:as little as|just|only)\\s+)?"
          + "(?:[$£€¥]\\s?\\d|\\d[\\d.,]*\\s*[\\p{L}$€£]{0,10}\\s+(?:a|per|each|every|for\\s+(?:the\\s+|your\\s+)?(?:first|1st|opening))\\s+(?:week|month|year|quarter)\\b).*";
  /**
   * What a subscription or membership buys: "With a Digital Subscription to the Echo, you can get
   * unlimited access … and fewer ads". The benefits make it a sales pitch, not news about a paper.
   */
  private static final String PITCH =
      ".*\\b(?:subscription|subscriber|membership|member)s?\\b.{0,120}?\\b(?:you|you['’]ll)\\s+(?:can\\s+|will\\s+)?(?:get|enjoy|have|receive)\\b"
          + ".{0,160}?\\b(?:unlimited access|premium (?:content|articles|journalism)|ad-?free|fewer (?:ads|adverts)|exclusive (?:content|articles|access))\\b.*";
  /**
   * A paywall's or meter's notice: "You have 3 free articles remaining this month", "You have read 3
   * of your 5 free articles this month", a gift-article meter ("You have reached the limit of 3 shared
   * articles", "Subscribers may share five articles a month"), "Create a free
   * account to keep reading", "This content is for subscribers only".
   */
  private static final String METER =
      "(?:[^.!?]*[.!?]\\s+)?(?:you have|you['’]ve)(?: read| used)? (?:\\d+|one|two|three|four|five|no)(?: of (?:your |the )?\\d+)?"
          + " (?:free |more )?(?:articles?|stories|reads)\\b.*"
          + "|(?:create|register for|sign up for) an? (?:free )?account to (?:keep|continue) reading\\b.*"
          + "|(?:subscribe|log in|sign in|register) to (?:keep|continue) reading\\b.*"
          // a gift-article meter: "Você atingiu o limite de 3 textos compartilhados … Subscribers may share five articles a month …"
          + "|(?:you(?:['’]ve| have)|você|vous avez|has|ha) (?:reached|hit|atingiu|atteint|alcanzado|raggiunto) (?:the|your|o|la|le|el|il) (?:monthly )?(?:limit|maximum|limite|límite)\\b.*"
          + "|(?:subscribers|members) (?:may|can) (?:share|gift) (?:up to )?(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:free |gift )?(?:articles?|stories)\\b.*"
          + "|(?:this|the) (?:content|article|story|post) is (?:only )?(?:for|available to|reserved for) (?:paying )?(?:subscribers|members)\\b.*"
          // the same in French ("Article réservé aux abonnés — Cet article vous est offert."), Spanish and German, and the share
          // of the article still locked: "Il vous reste 72 % à découvrir."
          + "|(?:cet |l['’])?(?:article|contenu)(?: est)? réservé aux (?:abonnés|membres)\\b.*|cet article vous est offert\\b.*|(?:este artículo|este contenido) es exclusivo para (?:suscriptores|socios)\\b.*"
          + "|(?:dieser artikel|dieser inhalt) ist (?:nur )?für (?:abonnenten|abonnentinnen)\\b.*|il vous reste \\d{1,2}\\s?% (?:de l['’]article )?à (?:découvrir|lire)\\b.*"
          // the reader's plan told to the reader: "You're currently a free subscriber to The Brief. …"
          + "|(?:you['’]re|you are) (?:currently |now )?(?:a )?(?:free|paid|paying|premium) (?:subscriber|member|reader)\\b.*"
          // a perk the outlet keeps for paying readers, in its own voice: "Paid subscribers get our monthly risk maps."
          + "|(?:(?:paid|paying|premium|founding)\\s+)?(?:subscribers|members|supporters|patrons)\\s+(?:also\\s+)?(?:get|receive|enjoy)\\s+(?:access\\s+to\\s+)?our\\b.*"
          // the same perk under its tier's name, a note in brackets between paragraphs: "[Paid subscribers get the monthly data file. Upgrade here.]"
          // or after the newsletter's question to its reader: "Enjoying The Khorasan Monitor? Paid subscribers get …"
          + "|[\\[(]?(?:(?:enjoying|liking|loving|enjoy|like|love)\\s+[^?]{1,60}\\?\\s+)?(?:paid|paying|premium|founding|free)\\s+(?:subscribers|members|supporters)\\s+(?:also\\s+)?(?:get|receive|enjoy)\\s.*"
          // a perk kept for paying readers: "Transcript available for Patreon supporters."
          + "|[\\p{L}'’ ]{1,40}\\s(?:is |are )?(?:available|exclusive|only) (?:to|for) (?:our )?(?:\\p{L}+ )?(?:supporters|subscribers|members|patrons)(?:[.!]\\s+.*|\\.)?";
  /**
   * How to reach the writer: "Reach Jane Doe at 555-0100 or jdoe@…", "Contact the author at …@…", or
   * the same said of the writer, a name and nothing more before it and the writer's e-mail address
   * first and only contact details after it ("Jane Doe can be reached at jdoe@… or 406-000-0000."):
   * a story that gives someone's number says who they are and when to call ("Nurse Phiri – who runs
   * the clinic – can be reached on … at night.").
   */
  private static final String REACH =
      "(?:you can )?(?:reach|contact|e-?mail) (?:\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,3}|him|her|them|the (?:author|writer|reporter))"
          + "\\s+(?:at|on|via)\\s+[^.]*(?:@|\\d{3}).*"
          + "|(?-i:\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’.-]+){0,3}) (?:can|may) be (?:reached|contacted|e-?mailed) (?:at|via|by e-?mail at)\\s+"
          + "[\\w.+-]{1,64}+@[\\w-]{1,63}+(?:\\.[\\w-]{1,63}+){1,4}+"
          + "(?:\\s*+(?:,|or|and)\\s++(?:(?:at|on|by phone at|by phone on)\\s++)?(?:\\+?[\\d(][\\d ().-]{5,20}\\d|@\\w{1,30}+(?: on \\p{L}{1,12}+)?)){0,3}+\\.?";
  /**
   * A subscription's terms: "Subscribe to Rand Ledger Premium for R69/month. Cancel anytime.", "$1
   * for the first month, then $8.50/week": a price per period as a price list writes it, or the
   * promise to cancel anytime.
   */
  private static final String PLAN =
      ".*\\bcancel (?:any ?time|at any time)\\b.*"
          + "|.*(?:[$£€¥₹₦₱]|\\b[A-Z]{1,3}\\$?)\\s?\\d[\\d.,]*\\s*/\\s*(?:week|month|year|wk|mo|yr)\\b.*";
  /** An invitation to report an error: "Found a mistake in this article? Report it here." */
  private static final String REPORT_ERROR =
      "(?:found|spotted|see|noticed?)\\s+(?:a|an)\\s+(?:mistake|error|typo|inaccuracy)\\b[^?]{0,60}\\?.*"
          // the error-report widget of many CMSs: "If you notice an error, select it and press Ctrl+Enter"
          + "|if you (?:notice|spot|find|see)\\s+(?:a|an)\\s+(?:mistake|error|typo|inaccuracy)\\b[^.]{0,40}\\b(?:select|highlight)\\b.*";
  /** The page thanking its reader: "Thanks for reading The Harbour Times." */
  private static final String THANKS = "thanks?(?: you)? for reading\\b[^.!?]{0,60}(?:[.!]\\s*.*)?";
  /**
   * "This week's sponsor: …", "A message from our sponsor: …", "This episode is sponsored by …",
   * "Brought to you by …", "Today's Nuuk Morning is supported by …": the issue itself, named as
   * today's or this one, is what a sponsor or underwriter pays for; a project "supported by" a fund
   * is news and is kept.
   */
  private static final String SPONSOR =
      "(?:(?:a\\s+)?(?:message|word|note)\\s+from\\s+)?(?:(?:this|today['’]s|our|this (?:week|issue|month|episode)['’]s)\\s+)?sponsors?\\s*:.*"
          + "|(?:this\\s+[\\p{L}]+\\s+is\\s+)?(?:sponsored|brought to you)\\s+by\\b.*"
          + "|(?:today['’]s|this (?:week|month|issue|edition|episode)['’]s|this (?:newsletter|edition|issue|episode|podcast|briefing|bulletin))"
          + "\\s+(?:[\\p{L}'’&-]+\\s+){0,4}?(?:is|was|comes to you)\\s+(?:(?:kindly|generously|proudly)\\s+)?"
          + "(?:sponsored|supported|underwritten|made possible|presented|powered)\\s+by\\b.*";
  /** "Use code TIDEWIRE for 10% off": an offer code in capitals. */
  private static final String PROMO_CODE =
      "(?:[^.!?]*[.!?]\\s+)?(?:use|enter|with)\\s+(?:the\\s+)?(?:promo\\s+|discount\\s+|coupon\\s+)?code\\s+[A-Z][A-Z\\d]{2,}\\b.*";
  /**
   * A question to the reader, then what to do: "Forwarded this email? Subscribe …", "Want to write?
   * Write an article and join …".
   */
  private static final String FORWARDED =
      // a newsletter's poll: "How did you like today's Brief?", "What did you think of this issue?"
      "(?:how did you like|what did you think of|how would you rate)\\s+(?:today['’]s|this)\\b[^?]{0,40}\\?.*|"
          + "[^.?!]{0,60}\\?\\s+(?:subscribe|sign up|join|write (?:an?|for|to) |pitch|contribute|apply|become|share (?:it|this)|forward (?:it|this))\\b.*";
  /** A note to the editors who buy the piece, not to its readers: "EDITORS: For more columns …". */
  private static final String EDITORS_NOTE = "(?:note\\s+to\\s+)?editors?(?:['’]s?)?(?:\\s+note)?\\s*:.*";
  /** A pitch to advertisers: "Advertise on the Herald: 46 000 readers a month", "To advertise, call …". */
  private static final String ADVERTISE =
      "(?:[^.!?]{0,80}[.?!]\\s+)?advertise\\s+(?:with|on|in|here)\\b.*"
          + "|(?:for|to)\\s+advertis(?:e|ing)\\b[^.!?]{0,60}?\\b(?:call|contact|e-?mail|phone|ring|write to|reach)\\b.*";
  /** Where an app or a podcast is had: "iOS", "Android", "the App Store", "Google Play", "Apple Podcasts". */
  private static final String PLATFORM =
      "(?:ios|iphone|ipad|android|app store|google play(?: store)?|apple podcasts|spotify|apple music|amazon alexa)";
  private static final String SOCIAL_PLATFORM =
      "(?:social\\s+(?:media|networks?|channels?|platforms?)|réseaux\\s+sociaux|redes\\s+sociales|redes\\s+sociais|facebook|x|twitter"
          + "|instagram|whatsapp|telegram|viber|signal|google\\s+news|apple\\s+news|youtube|tiktok|linkedin|threads|bluesky)";
  /**
   * The outlet asking to be followed elsewhere, in English, French, Spanish or Portuguese, after a
   * lead-in if any: "For more news, follow ANN on our official social media pages.", "Follow us on
   * Telegram", "Join The Standard's WhatsApp Channel", "Suivez-nous sur nos réseaux sociaux",
   * "Síguenos en Facebook", "Siga-nos no Instagram". The imperative opens the line (after "For …," or
   * "Stay connected:") and a platform, or the outlet's own pages, accounts or channels, is where; a
   * sentence telling who follows what names its subject first ("Residents follow the news on Facebook").
   */
  private static final String FOLLOW_US =
      "(?:(?:for|to|pour|para)\\s+[^,:.!?]{1,50}+[,:]\\s*|(?:stay|keep)\\s+(?:connected|updated|informed|in\\s+touch)\\s*[,:!.—–-]?\\s*)?"
          + "(?:(?:join|follow|like|find|connect\\s+with|subscribe\\s+to|suivez|rejoignez|retrouvez|abonnez-vous\\s+à|sigue|siga|sigam|acompanhe|curta"
          + "|únete\\s+a|inscreva-se\\s+(?:em|no|na))(?:\\s+(?:us|nous|[\\p{L}\\p{N}'’&. -]{1,40}?))?"
          + "|suivez-nous|rejoignez-nous|retrouvez-nous|síguenos|siguenos|únete|siga-nos|sigam-nos|acompanhe-nos|curta-nos)"
          + "(?:\\s+(?:on|in|via|at|sur|dans|en|no|na|nos|nas|em))?\\s+"
          + "(?:(?:our|its|their|nos|notre|leurs?|nuestras?|nuestros?|nossas?|nossos?|sus|suas?|seus?)\\s+(?:[\\p{L}-]+\\s+){0,3}?"
          + "(?:pages?|accounts?|channels?|handles?|comptes?|pages|páginas|canales|canais|contas|perfiles|perfis|" + SOCIAL_PLATFORM + ")"
          + "|(?:the\\s+|les\\s+|las\\s+|los\\s+|as\\s+|os\\s+)?" + SOCIAL_PLATFORM + ")"
          + "(?:\\s+(?:channel|group|community|page)s?)?\\b[^.!?]{0,80}[.!]?";
  /**
   * Where else to follow the outlet ({@link #FOLLOW_US}), "Subscribe to The Observer in Telegram to
   * get …", "Enjoy more audio and podcasts on iOS or Android", "Tune in to The Midday Report at
   * noon for more on this story", a programme's air time ("Listen to Africa Today, weekdays at
   * 06:30 GMT"), and a reading meter's game, "Read 3 articles and stand to win rewards".
   * Imperatives at the start of a line.
   */
  private static final String ELSEWHERE =
      FOLLOW_US
          // the offer first: "Get the latest news on WhatsApp", "Get breaking news alerts via Telegram"
          + "|(?:get|receive)\\s+(?:the\\s+)?(?:latest|breaking|top|our)\\s+[^.!?]{0,40}?\\s(?:on|via|in)\\s+(?:whatsapp|telegram|viber|signal|google news|apple news)\\b.*"
          // a programme's air time: "Listen to Africa Today, weekdays at 06:30 GMT", "Watch Newsline every Sunday at 8pm", "Listen: …",
          // "Hear more on Frontier Today, weekdays at 19:00 PKT"
          + "|(?:tune in|listen|watch|hear more)(?:\\s*+:)?\\s+(?:to\\s+|on\\s+)?[^.!?]{1,60}?,?\\s(?:on\\s+)?(?:weekdays|weekends|daily|nightly|every\\s+(?:day|night|morning|evening|weekday|\\p{L}+day)|(?:mon|tues|wednes|thurs|fri|satur|sun)days"
          + "|monday\\s+to\\s+friday)\\s+(?:at|from)\\s+\\d{1,2}(?:[:.h]\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|gmt|utc|cat|eat|wat|[a-z]{2,4}t)?\\b[^.!?]{0,40}[.!]?"
          // the programme told first, its air time after: "Listen: … Frontline programme discusses the attack. Thursdays 19:30 Kabul time."
          + "|(?:listen|watch|tune in)\\s*+:\\s*+[^.!?]{1,160}[.!]\\s+(?:on\\s+)?(?:weekdays|weekends|daily|nightly|(?:mon|tues|wednes|thurs|fri|satur|sun)days)"
          + "\\s+(?:at\\s+|from\\s+)?\\d{1,2}(?:[:.h]\\d{2})?\\b[^.!?]{0,40}[.!]?"
          + "|(?:tune in|listen|watch)\\s+(?:to|on)\\s+[^.!?]{1,60}?\\bfor (?:more (?:on|about) (?:this|the) (?:story|report|issue)|the full (?:story|interview|report))\\b.*"
          // the outlet's app or podcast feed, the platforms ending the line: "Enjoy more audio and podcasts on iOS or Android."
          + "|(?:enjoy|get|download|install|listen|watch|stream|hear|try|find)\\b[^.!?]{0,60}?\\s(?:on|for|in|from|via)\\s+(?:the\\s+)?" + PLATFORM
          + "(?:\\s*(?:,|or|and|&)\\s*(?:the\\s+)?" + PLATFORM + "){0,3}\\s*[.!]?"
          + "|read\\s+(?:\\d+|two|three|four|five)\\s+(?:articles|stories)\\s+(?:and|to)\\s+(?:stand to\\s+)?(?:win|earn|unlock)\\b.*"
          // a chat channel's chrome: "Herald in Telegram: news every hour", "Forwarded from …", "Pinned message"
          + "|[\\p{L}'’ —–-]{1,40}\\s(?:in|on)\\s(?:telegram|whatsapp|viber|signal)\\s*[:—–-]\\s*[^.!?]{1,60}[.!]?"
          + "|forwarded from\\s+[^,;]{1,60}|\\[pinned[^\\]]{0,20}\\].*|pinned (?:message|post)\\b.*"
          // a magazine's plug for a piece in one of its issues: "From the June issue: Fibre-guided FPVs …, a 12-page special report."
          + "|(?:from|in)\\s+(?:the|our|this)\\s+(?:\\p{L}+\\s+){0,2}?(?:issue|edition)\\s*:\\s*\\S.*";
  private static final Pattern APPEAL =
      Pattern.compile(
          "(?iu)(?:.*[.!?]\\s+)?(?:(?:if|to) [^.!?]{1,60},\\s+)?(?:" + FundingAppeals.APPEAL
              // the outlet saying who pays for it: "The Observer relies on reader donations.", "We are funded by our readers"
              + "|[\\p{L}'’ ]{1,60}?\\s(?:relies|rely|depends|depend|is funded|are funded|runs|run|exists|survives)\\s+(?:entirely\\s+|only\\s+|solely\\s+)?"
              + "(?:on|by|thanks to)\\s+(?:(?:its|our)\\s+)?(?:readers|listeners|viewers|(?:reader|listener|viewer|audience)\\s+(?:donations|support|contributions)"
              + "|donations from (?:its|our) readers|our (?:members|subscribers|supporters))"
              // its journalism and who pays for it: "The Meridian Review's journalism is supported by readers like you."
              + "|[\\p{L}'’ ]{1,60}?\\s(?:journalism|reporting|work)\\s+is\\s+(?:supported|funded|made\\s+possible|powered)\\s+by\\s+"
              + "(?:readers|people|members|subscribers|listeners|viewers)\\s+like\\s+you"
              + "|support us (?:today|now|(?:with|by|through|via) (?:a |an |your )?(?:monthly |one-off |regular |small |single )?"
              + "(?:donation|contribution|gift|subscription|subscribing|donating|becoming|membership|patreon|paypal))"
              // "Become a member", "… consider becoming a free or paid subscriber": the imperative, the kind in up to three words
              // ("Becoming a member of the bloc took two years" is news)
              + "|(?:consider becoming|become) an? (?:[\\p{L}-]+ ){0,3}?(?:member|subscriber|supporter|patron|donor)"
              // "If you find it useful, consider a paid subscription: it funds the interviews."
              + "|consider (?:a |an )?(?:paid |free |premium |monthly |annual )?(?:subscription|membership|upgrade)"
              + "|make a (?:gift|donation)(?: today| now)?"
              + "|buy (?:the|our) print (?:edition|issue)|donate (?:now|today)"
              // a newsletter platform's upsell: "Upgrade to paid to get …", "Upgrade to a paid subscription"
              + "|upgrade to (?:an? )?(?:paid|premium)(?: (?:subscription|plan|membership|tier))?"
              + "|subscribe (?:to (?:the |our )?[\\p{L}'’ ]{1,40}?\\s)?(?:now|today))\\b.*"
              + "|" + PRICED_OFFER + "|" + PITCH
              + "|(?:[^.?!]*[.?!]\\s+)?(?:(?:e-?mail|write to|contact us at|" + SEND_IN + ")\\s+\\S+@\\S+.*|" + SEND_IN + "\\s+[^.!?@]{1,60}?\\bby\\s+" + DEADLINE + ".*)"
              + "|" + TIP_PROMPT + "|" + PRESS_CONTACT + "|" + SPONSOR + "|" + PROMO_CODE + "|" + FORWARDED
              + "|" + EDITORS_NOTE + "|" + ADVERTISE + "|" + METER + "|" + REACH + "|" + THANKS + "|" + PLAN + "|" + REPORT_ERROR + "|" + ELSEWHERE);
  private static final int MAX_WORDS = 40;

  PromoRule() {
    super(APPEAL, MAX_WORDS);
  }

  @Override
  public DropReason reason() {
    return DropReason.PROMO;
  }
}
