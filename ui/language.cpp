#include "ui/language.hpp"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace ackademy::ui {

const QList<LanguageInfo>& Language::supported()
{
    // Each in its own name: someone who cannot read the current language still finds theirs.
    static const QList<LanguageInfo> languages = {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
    };
    return languages;
}

QString Language::supportedCodes()
{
    QStringList codes;
    for (const LanguageInfo& l : supported()) codes << l.code;
    return codes.join(QStringLiteral(", "));
}

QString Language::normalize(const QString& code)
{
    QString c = code.trimmed().toLower();
    c.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (c.isEmpty()) return {};
    // Simplified Chinese is the only Chinese shipped: "zh", "zh_CN", "zh_Hans", "zh_Hans_CN",
    // "zh_SG". Traditional Chinese (zh_TW, zh_HK, zh_Hant) is a different written language.
    if (c == QLatin1String("zh") || c == QLatin1String("zh_cn") || c == QLatin1String("zh_sg") ||
        c.startsWith(QLatin1String("zh_hans")))
        return QStringLiteral("zh_CN");
    if (c.startsWith(QLatin1String("zh"))) return {};
    const QString language = c.section(QLatin1Char('_'), 0, 0);
    for (const LanguageInfo& l : supported())
        if (l.code == language) return l.code;
    return {};
}

QString Language::systemCode()
{
    for (const QString& ui : QLocale::system().uiLanguages()) {
        QString code = normalize(ui); // not const: returned by move
        if (!code.isEmpty()) return code;
    }
    return QStringLiteral("en");
}

Language* Language::instance()
{
    static QPointer<Language> the;
    if (the.isNull()) the = new Language(QCoreApplication::instance());
    return the.data();
}

Language::Language(QObject* parent) : QObject(parent), englishPlurals_(std::make_unique<QTranslator>())
{
    setObjectName(QStringLiteral("Language"));
    if (englishPlurals_->load(QStringLiteral(":/i18n/ackademy_en.qm")))
        QCoreApplication::installTranslator(englishPlurals_.get());
}

Language::~Language()
{
    // Owned by the application, so usually destroyed with it, when there is nothing left to
    // retranslate and no translator list to take ours out of.
    if (QCoreApplication::instance() == nullptr) return;
    removeTranslators();
    QCoreApplication::removeTranslator(englishPlurals_.get());
}

void Language::removeTranslators()
{
    for (auto* t : {&ackademy_, &qtbase_}) {
        if (*t) QCoreApplication::removeTranslator(t->get());
        t->reset();
    }
}

bool Language::apply(const QString& code)
{
    const QString normalized = code.isEmpty() ? QString() : normalize(code);
    if (!code.isEmpty() && normalized.isEmpty()) return false;
    const QString target = normalized.isEmpty() ? systemCode() : normalized;
    chosen_ = normalized;

    // The locale first, so that what retranslates on LanguageChange formats its numbers with
    // it. Following the system keeps its own variant (en_GB's dates, de_CH's separators).
    const QLocale locale = normalized.isEmpty() ? QLocale::system() : QLocale(target);
    QLocale::setDefault(locale);

    const bool hadTranslators = ackademy_ || qtbase_;
    removeTranslators();
    if (target != QLatin1String("en")) {
        // Installed after the English plurals, so they take precedence over them.
        ackademy_ = std::make_unique<QTranslator>();
        if (ackademy_->load(QStringLiteral(":/i18n/ackademy_%1.qm").arg(target)))
            QCoreApplication::installTranslator(ackademy_.get());
        else
            ackademy_.reset();
        qtbase_ = std::make_unique<QTranslator>();
        if (qtbase_->load(QLocale(target), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qtbase_.get());
        else
            qtbase_.reset(); // qt6-translations-l10n missing: Qt's own buttons stay English
    }
    current_ = target;
    // Installing or removing a translator sends QEvent::LanguageChange; with neither (English
    // to English under another locale) the numbers still have to be formatted again.
    if (!hadTranslators && !ackademy_ && !qtbase_) {
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
    }
    emit changed(current_);
    return true;
}

} // namespace ackademy::ui
