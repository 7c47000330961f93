// The GUI's command line: the parser as a function, and the real ackademy binary via popen.
#include "app/gui/command_line.hpp"
#include "app/gui/gui_app.hpp"

#include <QFile>
#include <QImage>

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>

using ackademy::gui::parseGuiArguments;
using ackademy::gui::ParseResult;

namespace {

ParseResult parse(QStringList args)
{
    args.prepend(QStringLiteral("ackademy"));
    return parseGuiArguments(args);
}

struct RunResult {
    int exit_code = -1;
    std::string out;
};

/// Runs the real GUI binary offscreen; stdout and stderr together.
RunResult run_gui(const std::string& args)
{
    RunResult result;
    const std::string command =
        "QT_QPA_PLATFORM=offscreen " + std::string(ACKADEMY_GUI) + " " + args + " 2>&1";
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr) return result;
    std::array<char, 4096> buffer{};
    while (std::fgets(buffer.data(), buffer.size(), pipe) != nullptr) result.out += buffer.data();
    const int status = pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

std::string temp_path(const std::string& name)
{
    return (std::filesystem::temp_directory_path() /
            ("ackademy_gui_test_" + std::to_string(getpid()) + "_" + name))
        .string();
}

/// The line that starts with "ackademy: " (Qt may print harmless warnings around it).
std::string error_line(const std::string& out)
{
    const auto at = out.find("ackademy: ");
    if (at == std::string::npos) return {};
    return out.substr(at, out.find('\n', at) - at);
}

} // namespace

TEST(GuiCommandLine, DefaultsToTheTextbookHandshake)
{
    const ParseResult r = parse({});
    ASSERT_EQ(r.action, ParseResult::Action::Run) << r.error.toStdString();
    EXPECT_EQ(r.options.source, QStringLiteral("handshake"));
    EXPECT_FALSE(r.options.scenarioGiven);
    EXPECT_FALSE(r.options.batch());
}

TEST(GuiCommandLine, ParsesEveryOption)
{
    const ParseResult r = parse({QStringLiteral("synack-lost"), QStringLiteral("--profile"),
                                 QStringLiteral("linux"), QStringLiteral("--drop"), QStringLiteral("3"),
                                 QStringLiteral("--drop"), QStringLiteral("B:S."), QStringLiteral("--at-ms"),
                                 QStringLiteral("12.5"), QStringLiteral("--theme"), QStringLiteral("dark"),
                                 QStringLiteral("--size"), QStringLiteral("1920x1080"),
                                 QStringLiteral("--screenshot"), QString::fromStdString(temp_path("x.png"))});
    ASSERT_EQ(r.action, ParseResult::Action::Run) << r.error.toStdString();
    EXPECT_EQ(r.options.scenario.profile, "linux");
    EXPECT_EQ(r.options.scenario.drops.size() >= 2, true);
    EXPECT_EQ(r.options.atTime, ackademy::Time{12500});
    EXPECT_EQ(r.options.theme, QStringLiteral("dark"));
    EXPECT_EQ(r.options.size, QSize(1920, 1080));
    EXPECT_TRUE(r.options.batch());
}

TEST(GuiCommandLine, BadArgumentsGiveOneClearMessageAndExitTwo)
{
    struct Case {
        QStringList args;
        QString expected;
    };
    const Case cases[] = {
        {{QStringLiteral("hanshake")}, QStringLiteral("did you mean handshake")},
        {{QStringLiteral("--profile"), QStringLiteral("bsd")}, QStringLiteral("unknown profile 'bsd'")},
        {{QStringLiteral("--drop"), QStringLiteral("Q:X")}, QStringLiteral("--drop Q:X")},
        {{QStringLiteral("--size"), QStringLiteral("big")}, QStringLiteral("--size big")},
        {{QStringLiteral("--size"), QStringLiteral("10x10")}, QStringLiteral("--size 10x10")},
        {{QStringLiteral("--end"), QStringLiteral("--step"), QStringLiteral("2")},
         QStringLiteral("at most one")},
        {{QStringLiteral("--at-ms"), QStringLiteral("-3")}, QStringLiteral("--at-ms -3")},
        {{QStringLiteral("--theme"), QStringLiteral("pink")}, QStringLiteral("--theme pink")},
        {{QStringLiteral("--screenshot"), QStringLiteral("/no/such/dir/x.png")},
         QStringLiteral("/no/such/dir")},
        {{QStringLiteral("--screenshot"), QStringLiteral("x.jpg")}, QStringLiteral(".png")},
        {{QStringLiteral("--export"), QStringLiteral("x.gif")}, QStringLiteral(".svg")},
        {{QStringLiteral("--frobnicate")}, QStringLiteral("unknown option '--frobnicate'")},
        {{QStringLiteral("--seelct"), QStringLiteral("2")}, QStringLiteral("did you mean --select?")},
        {{QStringLiteral("--at-ms")}, QStringLiteral("--at-ms: no value given; expected a time in milliseconds")},
        {{QStringLiteral("a"), QStringLiteral("b")}, QStringLiteral("at most one scenario")},
    };
    for (const Case& c : cases) {
        const ParseResult r = parse(c.args);
        EXPECT_EQ(r.action, ParseResult::Action::Exit) << c.args.join(' ').toStdString();
        EXPECT_EQ(r.exitCode, 2) << c.args.join(' ').toStdString();
        EXPECT_TRUE(r.error.contains(c.expected))
            << c.args.join(' ').toStdString() << ": " << r.error.toStdString();
        EXPECT_FALSE(r.error.contains(QLatin1Char('\n'))) << r.error.toStdString();
    }
}

TEST(GuiCommandLine, LangTakesTheShippedLanguagesInTheFormsPeopleType)
{
    const std::pair<const char*, const char*> cases[] = {
        {"en", "en"}, {"de", "de"}, {"es", "es"}, {"fr", "fr"}, {"zh_CN", "zh_CN"},
        {"zh", "zh_CN"}, {"zh-CN", "zh_CN"}, {"de_AT", "de"}, {"FR", "fr"},
    };
    for (const auto& [given, expected] : cases) {
        const ParseResult r = parse({QStringLiteral("--lang"), QString::fromLatin1(given)});
        ASSERT_EQ(r.action, ParseResult::Action::Run) << given << ": " << r.error.toStdString();
        EXPECT_EQ(r.options.language, QString::fromLatin1(expected)) << given;
    }
    EXPECT_EQ(parse({}).options.language, std::nullopt);

    for (const char* bad : {"xx", "zh_TW", "german", ""}) {
        const ParseResult r = parse({QStringLiteral("--lang"), QString::fromLatin1(bad)});
        EXPECT_EQ(r.action, ParseResult::Action::Exit) << bad;
        EXPECT_EQ(r.exitCode, 2) << bad;
        EXPECT_EQ(r.error, QStringLiteral("--lang %1: expected one of en, zh_CN, de, es, fr").arg(QString::fromLatin1(bad)));
    }
}

TEST(GuiBinary, LangRendersTheWindowInThatLanguage)
{
    RunResult r = run_gui("--lang xx --screenshot " + temp_path("never.png"));
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_EQ(error_line(r.out), "ackademy: --lang xx: expected one of en, zh_CN, de, es, fr") << r.out;
    EXPECT_FALSE(std::filesystem::exists(temp_path("never.png")));

    const std::string png = temp_path("lang.png");
    r = run_gui("synack-lost --end --lang de --size 1024x700 --screenshot " + png);
    ASSERT_EQ(r.exit_code, 0) << r.out;
    EXPECT_EQ(QImage(QString::fromStdString(png)).size(), QSize(1024, 700));
    std::filesystem::remove(png);
}

TEST(GuiBinary, ScreenshotWritesAPngOfTheRequestedSize)
{
    const std::string png = temp_path("shot.png");
    const RunResult r = run_gui("synack-lost --end --size 1024x700 --screenshot " + png);
    ASSERT_EQ(r.exit_code, 0) << r.out;
    const QImage image(QString::fromStdString(png));
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(1024, 700));
    std::filesystem::remove(png);
}

TEST(GuiBinary, ExportWritesTheDiagramAndPrintsNothing)
{
    const std::string svg = temp_path("diagram.svg");
    RunResult r = run_gui("synack-lost --end --export " + svg);
    ASSERT_EQ(r.exit_code, 0) << r.out;
    EXPECT_EQ(r.out, "");
    std::ifstream in(svg);
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    EXPECT_NE(text.find("<svg"), std::string::npos);
    EXPECT_NE(text.find("SYN"), std::string::npos);
    std::filesystem::remove(svg);

    const std::string png = temp_path("diagram.png");
    r = run_gui("handshake --theme dark --export " + png);
    ASSERT_EQ(r.exit_code, 0) << r.out;
    const QImage image(QString::fromStdString(png));
    EXPECT_FALSE(image.isNull());
    std::filesystem::remove(png);
}

TEST(GuiBinary, BadArgumentsExitTwoWithTheMessage)
{
    RunResult r = run_gui("hanshake --screenshot " + temp_path("never.png"));
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_EQ(error_line(r.out), "ackademy: unknown scenario 'hanshake'; did you mean handshake?") << r.out;
    EXPECT_FALSE(std::filesystem::exists(temp_path("never.png")));

    r = run_gui("--drop 'A:Z' --screenshot " + temp_path("never.png"));
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(error_line(r.out).find("--drop A:Z"), std::string::npos) << r.out;

    r = run_gui("--step 2 --end");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(error_line(r.out).find("at most one"), std::string::npos) << r.out;

    r = run_gui("--screenshot /no/such/dir/x.png");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(error_line(r.out).find("cannot write /no/such/dir/x.png"), std::string::npos) << r.out;
}

TEST(GuiBinary, HelpAndVersionExitZero)
{
    EXPECT_EQ(run_gui("--version").out, "ackademy 0.1.0\n");
    const RunResult help = run_gui("--help");
    EXPECT_EQ(help.exit_code, 0);
    EXPECT_NE(help.out.find("--screenshot"), std::string::npos);
}

TEST(GuiBinary, LangAppliesToHelpAndErrorsToo)
{
    // The German and French texts are the committed translations (translations/*.ts).
    const RunResult help = run_gui("--lang de --help");
    EXPECT_EQ(help.exit_code, 0);
    EXPECT_NE(help.out.find("Ackademy: ein interaktiver TCP-Simulator für den Unterricht."), std::string::npos)
        << help.out;
    EXPECT_EQ(help.out.find("<executable_name>"), std::string::npos) << help.out;

    const RunResult bad = run_gui("--lang fr hanshake");
    EXPECT_EQ(bad.exit_code, 2);
    EXPECT_EQ(error_line(bad.out),
              "ackademy: scénario «\u00a0hanshake\u00a0» inconnu\u202f; vouliez-vous dire handshake\u202f?")
        << bad.out;
}

TEST(GuiResources, TheIconIsEmbeddedUnderTheAppId)
{
    QFile icon(QStringLiteral(":/icons/%1.svg").arg(QString::fromLatin1(ackademy::gui::kAppId)));
    ASSERT_TRUE(icon.open(QIODevice::ReadOnly));
    EXPECT_TRUE(icon.readAll().contains("<svg"));
}
