package org.sawt.channel.telegram;

import org.sawt.shared.Language;

/**
 * What the bot itself says, outside any consultation (greeting, phone linking, language menu, notices), in the four
 * languages; consultation texts come from the conversation engine.
 */
enum TelegramPhrase {

    GREETING(
            "أهلًا بك! تستخدم الجهات العامة هذا البوت لاستطلاع رأيك. إذا وصلتك دعوة برسالة نصية، اضغط الزر أدناه "
                    + "لمشاركة رقم هاتفك وتتمكن من الإجابة هنا. ‏/language لتغيير اللغة، ‏/stop لإيقاف الرسائل.",
            "Welcome! Public agencies use this bot to ask for your opinion. If you were invited by SMS, tap the button "
                    + "below to share your phone number and answer here. /language to change language, /stop to stop "
                    + "messages.",
            "خوش آمدید! نهادهای عمومی با این بات نظر شما را می‌پرسند. اگر با پیامک دعوت شده‌اید، با دکمهٔ زیر "
                    + "شمارهٔ تلفن خود را به اشتراک بگذارید تا بتوانید اینجا پاسخ دهید. ‏/language برای تغییر زبان، "
                    + "‏/stop برای توقف پیام‌ها.",
            "Bienvenue ! Des administrations publiques utilisent ce bot pour recueillir votre avis. Si vous avez été "
                    + "invité par SMS, touchez le bouton ci-dessous pour partager votre numéro et répondre ici. "
                    + "/language pour changer de langue, /stop pour ne plus recevoir de messages."),
    SHARE_PHONE_BUTTON("مشاركة رقم هاتفي", "Share my phone number", "اشتراک‌گذاری شمارهٔ تلفنم",
            "Partager mon numéro"),
    LINKED(
            "شكرًا لك: رُبط حسابك في تيليجرام برقم هاتفك، ويمكنك الإجابة هنا.",
            "Thank you: this Telegram account is now linked to your phone number. You can answer here.",
            "سپاس: حساب تلگرام شما به شمارهٔ تلفنتان پیوند خورد و می‌توانید اینجا پاسخ دهید.",
            "Merci : ce compte Telegram est maintenant lié à votre numéro. Vous pouvez répondre ici."),
    PHONE_NOT_REGISTERED(
            "شكرًا لك. هذا الرقم غير مسجل في أي استشارة حتى الآن.",
            "Thank you. This number is not registered for any consultation yet.",
            "سپاس. این شماره هنوز در هیچ نظرخواهی ثبت نشده است.",
            "Merci. Ce numéro n'est encore inscrit à aucune consultation."),
    OWN_NUMBER_ONLY(
            "يُرجى مشاركة رقمك أنت باستخدام الزر أدناه.",
            "Please share your own number with the button below.",
            "لطفاً شمارهٔ خودتان را با دکمهٔ زیر به اشتراک بگذارید.",
            "Merci de partager votre propre numéro avec le bouton ci-dessous."),
    INVALID_PHONE(
            "عذرًا، لم نتمكن من قراءة رقم الهاتف هذا.",
            "Sorry, we could not read this phone number.",
            "متأسفیم، این شمارهٔ تلفن را نتوانستیم بخوانیم.",
            "Désolé, nous n'avons pas pu lire ce numéro de téléphone."),
    PRIVATE_CHATS_ONLY(
            "أجيب في المحادثات الخاصة فقط: يُرجى مراسلتي مباشرة.",
            "I only answer in private chats: please write to me directly.",
            "فقط در گفتگوی خصوصی پاسخ می‌دهم: لطفاً مستقیم به من پیام دهید.",
            "Je ne réponds qu'en conversation privée : écrivez-moi directement."),
    TEXT_ONLY(
            "يُرجى الإجابة بنص مكتوب أو باستخدام الأزرار.",
            "Please answer with text or with the buttons.",
            "لطفاً با متن یا با دکمه‌ها پاسخ دهید.",
            "Merci de répondre par écrit ou avec les boutons."),
    EDITS_NOT_READ(
            "لا تُقرأ الرسائل المعدّلة: يُرجى إرسال إجابتك مجددًا في رسالة جديدة.",
            "Edited messages are not read: please send your answer again as a new message.",
            "پیام‌های ویرایش‌شده خوانده نمی‌شوند: لطفاً پاسخ خود را در پیامی تازه دوباره بفرستید.",
            "Les messages modifiés ne sont pas lus : renvoyez votre réponse dans un nouveau message."),
    LINK_NOT_VALID(
            "رابط الاستشارة هذا غير صالح.",
            "This consultation link is not valid.",
            "این پیوند نظرخواهی معتبر نیست.",
            "Ce lien de consultation n'est pas valide."),
    CHOOSE_LANGUAGE("اختر لغتك:", "Choose your language:", "زبان خود را انتخاب کنید:", "Choisissez votre langue :"),
    LANGUAGE_CHANGED(
            "تم تغيير اللغة إلى العربية.",
            "Language changed to English.",
            "زبان به فارسی تغییر کرد.",
            "La langue est maintenant le français."),
    /** Each language's name in itself, for the language menu. */
    LANGUAGE_NAME("العربية", "English", "فارسی", "Français");

    private final String arabic;
    private final String english;
    private final String persian;
    private final String french;

    TelegramPhrase(String arabic, String english, String persian, String french) {
        this.arabic = arabic;
        this.english = english;
        this.persian = persian;
        this.french = french;
    }

    String in(Language language) {
        return switch (language) {
            case AR -> arabic;
            case EN -> english;
            case FA -> persian;
            case FR -> french;
        };
    }
}
