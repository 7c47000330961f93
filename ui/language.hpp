#pragma once
// The user interface language (issue 7): which translations are installed, and the locale that
// numbers and times are formatted with. One Language object per application; the Language menu,
// `ackademy --lang CODE` and the tests all switch through Language::apply(), which installs
// Ackademy's translator (:/i18n/ackademy_<code>.qm) and Qt's own (qtbase_<code>.qm), then sets
// QLocale::setDefault. Installing or removing a translator posts QEvent::LanguageChange to every
// widget, and each one retranslates itself from changeEvent().

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QTranslator;

namespace ackademy::ui {

struct LanguageInfo {
    QString code;       ///< "en", "zh_CN", "de", "es", "fr": the suffix of ackademy_<code>.ts
    QString nativeName; ///< the language in its own name, as the menu shows it ("Deutsch")
};

class Language : public QObject {
    Q_OBJECT
public:
    /// The languages that ship a translation, English first.
    static const QList<LanguageInfo>& supported();
    /// The supported codes, for messages: "en, zh_CN, de, es, fr".
    static QString supportedCodes();
    /// The canonical code for what a user typed: "de", "de_DE", "de-AT" → "de"; "zh", "zh-CN",
    /// "zh_CN", "zh-Hans" → "zh_CN"; case-insensitive. Empty when no shipped language matches.
    static QString normalize(const QString& code);
    /// The supported language the system locale asks for (its UI languages in order of
    /// preference), or "en" when none of them is supported.
    static QString systemCode();

    /// The application's instance, created on first use and owned by QCoreApplication.
    static Language* instance();
    ~Language() override;

    /// Switches to `code` (anything normalize() accepts), or to the system's language when
    /// `code` is empty. Returns false, changing nothing, for an unsupported code.
    bool apply(const QString& code);
    /// What apply() was last given, normalized: empty while the system default is followed.
    QString chosen() const { return chosen_; }
    /// The language in use now ("en" before the first apply()).
    QString current() const { return current_; }

signals:
    void changed(const QString& code);

private:
    explicit Language(QObject* parent);
    void removeTranslators();

    QString chosen_;
    QString current_ = QStringLiteral("en");
    /// English carries only the plural forms ("%n byte(s)"), which Qt 6.4 does not derive from
    /// the source text; it stays installed under every other language as their fallback.
    std::unique_ptr<QTranslator> englishPlurals_;
    std::unique_ptr<QTranslator> ackademy_;
    std::unique_ptr<QTranslator> qtbase_;
};

} // namespace ackademy::ui
