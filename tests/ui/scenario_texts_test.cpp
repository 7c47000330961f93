// The built-in lessons' titles and descriptions reach the GUI translated (ui/scenario_texts).
#include "core/scenario/builtin.hpp"
#include "ui/scenario_texts.hpp"

#include <QCoreApplication>
#include <QFile>
#include <QTranslator>

#include <gtest/gtest.h>

namespace ackademy::ui {
namespace {

// A new or reworded built-in without a table entry would reach translators never: fail here.
TEST(ScenarioTexts, EveryBuiltinTitleAndDescriptionIsInTheTable)
{
    const auto builtins = scenario::builtin_scenarios();
    ASSERT_EQ(builtins.size(), 18U); // the library of core/scenario/builtin.cpp
    for (const scenario::BuiltinInfo& b : builtins) {
        EXPECT_TRUE(isBuiltinScenarioText(b.title)) << b.name << ": title \"" << b.title << "\" is not in "
                                                    << "ui/scenario_texts.cpp";
        EXPECT_TRUE(isBuiltinScenarioText(b.description))
            << b.name << ": description is not in ui/scenario_texts.cpp";
    }
}

TEST(ScenarioTexts, WithoutATranslationTheEnglishIsShown)
{
    const auto s = scenario::builtin_scenario("handshake");
    ASSERT_TRUE(s.has_value());
    EXPECT_EQ(translatedScenarioTitle(*s), QStringLiteral("The three-way handshake"));
    EXPECT_EQ(translatedScenarioDescription(*s).left(22), QStringLiteral("Host B listens; host A"));
}

TEST(ScenarioTexts, AUsersOwnTextIsShownAsWritten)
{
    sim::Scenario s;
    s.title = "Mein Szenario — ä";
    s.description = "";
    EXPECT_FALSE(isBuiltinScenarioText(s.title));
    EXPECT_EQ(translatedScenarioTitle(s), QString::fromUtf8("Mein Szenario — ä"));
    EXPECT_EQ(translatedScenarioDescription(s), QString());
}

/// Answers only in context "BuiltinScenario", to show the lookup uses that context.
class FakeTranslator : public QTranslator {
public:
    QString translate(const char* context, const char* source, const char* disambiguation,
                      int /*n*/) const override
    {
        if (QLatin1String(context) == QLatin1String("BuiltinScenario") &&
            QLatin1String(source) == QLatin1String("The first SYN is lost") &&
            QLatin1String(disambiguation) == QLatin1String("title of syn-lost"))
            return QStringLiteral("Das erste SYN geht verloren");
        return {};
    }
    bool isEmpty() const override { return false; }
};

TEST(ScenarioTexts, AnInstalledTranslationIsUsed)
{
    FakeTranslator translator;
    ASSERT_TRUE(QCoreApplication::installTranslator(&translator));
    const auto s = scenario::builtin_scenario("syn-lost");
    ASSERT_TRUE(s.has_value());
    EXPECT_EQ(translatedScenarioTitle(*s), QStringLiteral("Das erste SYN geht verloren"));
    // Untranslated entries fall back to the English.
    EXPECT_EQ(translatedScenarioTitle(*scenario::builtin_scenario("handshake")),
              QStringLiteral("The three-way handshake"));
    QCoreApplication::removeTranslator(&translator);
}

// qt_add_translations (ui/CMakeLists.txt) compiles every .ts and embeds it in ackademy_ui.
TEST(ScenarioTexts, EveryLanguageIsEmbeddedUnderI18n)
{
    for (const char* lang : {"en", "zh_CN", "de", "es", "fr"}) {
        const QString path = QStringLiteral(":/i18n/ackademy_%1.qm").arg(QLatin1String(lang));
        EXPECT_TRUE(QFile::exists(path)) << path.toStdString();
    }
    QTranslator translator;
    EXPECT_TRUE(translator.load(QStringLiteral(":/i18n/ackademy_de.qm")));
    EXPECT_EQ(translator.language(), QStringLiteral("de"));
}

// Qt 6.4 takes no plural forms from "%Ln byte(s)": the English .qm, installed by the test main
// as by the application, supplies them.
TEST(EnglishPlurals, ComeFromTheEnglishTranslation)
{
    auto bytes = [](int n) {
        return QCoreApplication::translate("ackademy::ui::PacketInspector", "%Ln byte(s)", nullptr, n);
    };
    EXPECT_EQ(bytes(0), QStringLiteral("0 bytes"));
    EXPECT_EQ(bytes(1), QStringLiteral("1 byte"));
    EXPECT_EQ(bytes(44), QStringLiteral("44 bytes"));
    EXPECT_EQ(QCoreApplication::translate("ackademy::ui::NarrationPanel",
                                          "Host %1 delivers %Ln byte(s) to its application.", nullptr, 1)
                  .arg(QLatin1Char('B')),
              QStringLiteral("Host B delivers 1 byte to its application."));
}

} // namespace
} // namespace ackademy::ui
