// The GUI command-line rows of the bad-input table in docs/quality.md, word for word: the
// parser's message for each, and the real binary's one line and exit status 2.
#include "app/gui/command_line.hpp"

#include <QStringList>

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

using ackademy::gui::parseGuiArguments;
using ackademy::gui::ParseResult;

namespace {

std::string temp_path(const std::string& name)
{
    return (std::filesystem::temp_directory_path() /
            ("ackademy_gui_bad_input_" + std::to_string(getpid()) + "_" + name))
        .string();
}

void expect_refused(QStringList args, const std::string& message)
{
    const std::string joined = args.join(QLatin1Char(' ')).toStdString();
    args.prepend(QStringLiteral("ackademy"));
    const ParseResult r = parseGuiArguments(args);
    EXPECT_EQ(r.action, ParseResult::Action::Exit) << joined;
    EXPECT_EQ(r.exitCode, 2) << joined;
    EXPECT_EQ(r.error.toStdString(), message) << joined;
}

struct RunResult {
    int exit_code = -1;
    std::string err;
};

/// The real binary, offscreen; its stderr without the offscreen plugin's chatter.
RunResult run_gui(const std::string& args)
{
    const std::string errors = temp_path("stderr.txt");
    const std::string command =
        "QT_QPA_PLATFORM=offscreen " + std::string(ACKADEMY_GUI) + " " + args + " >/dev/null 2>" + errors;
    const int status = std::system(command.c_str());
    RunResult result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::ifstream in(errors);
    for (std::string line; std::getline(in, line);) {
        if (line.find("propagateSizeHints") == std::string::npos) result.err += line + "\n";
    }
    std::filesystem::remove(errors);
    return result;
}

} // namespace

TEST(GuiBadInput, EveryCommandLineRowOfTheQualityTable)
{
    expect_refused({QStringLiteral("hanshake")}, "unknown scenario 'hanshake'; did you mean handshake?");
    expect_refused({QStringLiteral("--profile"), QStringLiteral("bsd")},
                   "unknown profile 'bsd'; expected rfc or linux");
    expect_refused({QStringLiteral("--drop"), QStringLiteral("Q:X")},
                   "--drop Q:X: segment rule 'Q:X': the host before ':' must be A or B");
    expect_refused({QStringLiteral("--size"), QStringLiteral("10x10")},
                   "--size 10x10: expected WIDTHxHEIGHT from 320x240 to 8192x8192, e.g. 1920x1080");
    expect_refused({QStringLiteral("--end"), QStringLiteral("--step"), QStringLiteral("2")},
                   "--at-ms, --step and --end place the playhead; give at most one of them");
    expect_refused({QStringLiteral("--at-ms"), QStringLiteral("-3")},
                   "--at-ms -3: expected a time in milliseconds, 0 or more");
    expect_refused({QStringLiteral("--step"), QStringLiteral("x")}, "--step x: expected a whole number, 0 or more");
    expect_refused({QStringLiteral("--theme"), QStringLiteral("pink")}, "--theme pink: expected light or dark");
    expect_refused({QStringLiteral("--select"), QStringLiteral("0")},
                   "--select 0: expected a segment number, 1 or more");
    expect_refused({QStringLiteral("--screenshot"), QStringLiteral("/no/such/dir/x.png")},
                   "cannot write /no/such/dir/x.png: the folder /no/such/dir does not exist");
    expect_refused({QStringLiteral("--screenshot"), QStringLiteral("x.jpg")}, "--screenshot x.jpg: expected a .png file");
    expect_refused({QStringLiteral("--export"), QStringLiteral("x.gif")},
                   "--export x.gif: expected a .png, .svg or .pdf file");
    expect_refused({QStringLiteral("--frobnicate")}, "unknown option '--frobnicate'; 'ackademy --help' lists the options");
    expect_refused({QStringLiteral("--exprt=x.svg")}, "unknown option '--exprt'; did you mean --export?");
    expect_refused({QStringLiteral("-scr"), QStringLiteral("x.png")}, "unknown option '-scr'; did you mean --screenshot?");
    expect_refused({QStringLiteral("--theme")}, "--theme: no value given; expected light or dark");
    expect_refused({QStringLiteral("--presentation=yes")}, "--presentation takes no value; expected --presentation alone");
    expect_refused({QStringLiteral("--end"), QStringLiteral("--panel")},
                   "--panel: no value given; expected events, link, inspector, hosts, state or cwnd");
    expect_refused({QStringLiteral("a"), QStringLiteral("b")}, "expected at most one scenario, got 2: a b");

    const std::string folder = temp_path("folder.json");
    std::filesystem::create_directory(folder);
    expect_refused({QString::fromStdString(folder)}, folder + ": is a folder; expected a scenario .json file");
    std::filesystem::remove(folder);
    const std::string bad = temp_path("notjson.json");
    {
        std::ofstream out(bad);
        out << "not json\n";
    }
    expect_refused({QString::fromStdString(bad)}, bad + ":1:1: not a JSON scenario: it starts with 'not'; expected a "
                                                       "JSON object, which starts with '{'");
    std::filesystem::remove(bad);
    // A binary file: its first byte in hexadecimal, not a raw 0x89 that QString would turn into U+FFFD.
    const std::string png = temp_path("picture.json");
    {
        std::ofstream out(png, std::ios::binary);
        out << "\x89PNG\r\n\x1a\n";
    }
    expect_refused({QString::fromStdString(png)}, png + ":1:1: not a JSON scenario: it starts with the byte 0x89; "
                                                       "expected a JSON object, which starts with '{'");
    std::filesystem::remove(png);
}

TEST(GuiBadInput, TheBinaryPrintsOneLineAndExitsTwo)
{
    RunResult r = run_gui("--select 99 --screenshot " + temp_path("never.png"));
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_EQ(r.err.substr(0, r.err.find('\n') + 1), "ackademy: --select 99: handshake has 3 segments\n") << r.err;
    EXPECT_FALSE(std::filesystem::exists(temp_path("never.png")));

    r = run_gui("--theme pink");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_EQ(r.err, "ackademy: --theme pink: expected light or dark\n");
}
