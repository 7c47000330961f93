// Runs the real ackademy-cli binary and checks its output and exit status.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

namespace {

struct RunResult {
    int exit_code = -1;
    std::string out;
};

RunResult run_cli(const std::string& args)
{
    RunResult result;
    const std::string command = std::string(ACKADEMY_CLI) + " " + args + " 2>&1";
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr) return result;
    std::array<char, 4096> buffer{};
    while (std::fgets(buffer.data(), buffer.size(), pipe) != nullptr) result.out += buffer.data();
    const int status = pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

} // namespace

TEST(Cli, VersionPrintsNameAndExitsZero)
{
    const RunResult r = run_cli("--version");
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_EQ(r.out, "ackademy-cli 0.1.0\n");
}

TEST(Cli, UnknownOptionExitsTwo)
{
    const RunResult r = run_cli("--no-such-option");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.out.find("--no-such-option"), std::string::npos) << r.out;
}

namespace {

/// stdout only (stderr discarded).
RunResult run_cli_stdout(const std::string& args)
{
    return run_cli(args + " 2>/dev/null");
}

std::string temp_path(const std::string& name)
{
    return (std::filesystem::temp_directory_path() /
            ("ackademy_cli_test_" + std::to_string(getpid()) + "_" + name))
        .string();
}

std::string read_file(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

RunResult run_shell(const std::string& command)
{
    RunResult result;
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr) return result;
    std::array<char, 4096> buffer{};
    while (std::fgets(buffer.data(), buffer.size(), pipe) != nullptr) result.out += buffer.data();
    const int status = pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

/// stderr only (stdout discarded).
RunResult run_stderr(const std::string& args)
{
    return run_shell(std::string(ACKADEMY_CLI) + " " + args + " 2>&1 >/dev/null");
}

} // namespace

TEST(Cli, ListShowsTheBuiltins)
{
    const RunResult r = run_cli("list");
    EXPECT_EQ(r.exit_code, 0);
    for (const char* name : {"handshake", "syn-lost", "port-closed", "lossy-link"}) {
        EXPECT_NE(r.out.find(std::string(name) + " "), std::string::npos) << name << "\n" << r.out;
    }
}

TEST(Cli, ShowPrintsJsonThatLoadsBack)
{
    const RunResult r = run_cli_stdout("show syn-lost");
    ASSERT_EQ(r.exit_code, 0);
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["name"], "syn-lost");
    const std::string path = temp_path("syn-lost.json");
    {
        std::ofstream(path) << r.out;
    }
    const RunResult again = run_cli_stdout("run " + path + " --format summary");
    EXPECT_EQ(again.exit_code, 0);
    EXPECT_EQ(again.out, run_cli_stdout("run syn-lost --format summary").out);
    std::filesystem::remove(path);
}

TEST(Cli, HandshakeIsExactlyWhatTcpdumpPrints)
{
    const std::string pcap = temp_path("handshake.pcap");
    const RunResult r = run_cli_stdout("run handshake --pcap " + pcap);
    ASSERT_EQ(r.exit_code, 0);
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 3) << r.out;
    if (run_shell("command -v tcpdump >/dev/null 2>&1").exit_code != 0) {
        std::filesystem::remove(pcap);
        GTEST_SKIP() << "tcpdump is not installed: cannot compare with the real thing";
    }
    const RunResult real = run_shell("TZ=UTC tcpdump -n -tt -r " + pcap + " 2>/dev/null");
    EXPECT_EQ(real.exit_code, 0);
    EXPECT_EQ(r.out, real.out);
    const RunResult absolute = run_cli_stdout("run handshake --absolute");
    EXPECT_EQ(absolute.out, run_shell("TZ=UTC tcpdump -n -tt -S -r " + pcap + " 2>/dev/null").out);
    std::filesystem::remove(pcap);
}

TEST(Cli, SummaryIsOneLineOfTotals)
{
    const RunResult r = run_cli_stdout("run syn-lost --format summary");
    ASSERT_EQ(r.exit_code, 0);
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1) << r.out;
    EXPECT_NE(r.out.find("dropped 1"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("retransmitted 1"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("simulated time"), std::string::npos) << r.out;
}

TEST(Cli, VantagePointsSeeOnlyWhatReachesThem)
{
    const RunResult wire = run_cli_stdout("run syn-lost");
    const RunResult a = run_cli_stdout("run syn-lost --vantage A");
    const RunResult b = run_cli_stdout("run syn-lost --vantage B");
    ASSERT_EQ(wire.exit_code, 0);
    ASSERT_EQ(a.exit_code, 0);
    ASSERT_EQ(b.exit_code, 0);
    const auto lines = [](const std::string& s) { return std::count(s.begin(), s.end(), '\n'); };
    // The lost SYN is on the wire and in A's capture (it sent it) but never reaches B.
    EXPECT_EQ(lines(a.out), lines(wire.out));
    EXPECT_EQ(lines(b.out), lines(wire.out) - 1);
    EXPECT_EQ(b.out.rfind("0.000000", 0), std::string::npos) << b.out;
    EXPECT_EQ(a.out.rfind("0.000000", 0), 0U) << a.out;
}

TEST(Cli, JsonLinesParseAndHaveTheRequiredFields)
{
    const RunResult r = run_cli_stdout("run syn-lost --format jsonl");
    ASSERT_EQ(r.exit_code, 0);
    std::istringstream in(r.out);
    std::string line;
    int count = 0;
    while (std::getline(in, line)) {
        const auto j = nlohmann::json::parse(line);
        ++count;
        ASSERT_TRUE(j.contains("t_us")) << line;
        ASSERT_TRUE(j.contains("event")) << line;
        ASSERT_TRUE(j.contains("host")) << line;
        const std::string event = j["event"];
        if (event == "send" || event == "arrive" || event == "drop") {
            for (const char* f : {"packet", "flags", "seq", "len", "win"})
                EXPECT_TRUE(j.contains(f)) << f << " " << line;
        }
        if (event == "state") {
            EXPECT_TRUE(j.contains("from")) << line;
            EXPECT_TRUE(j.contains("to")) << line;
        }
        if (event == "drop") {
            EXPECT_TRUE(j.contains("reason")) << line;
        }
    }
    EXPECT_GT(count, 6);
}

TEST(Cli, NarrationSpeaksLikeATextbook)
{
    const RunResult r = run_cli_stdout("run handshake --format narration");
    ASSERT_EQ(r.exit_code, 0);
    EXPECT_NE(
        r.out.find("Host A sends SYN (seq = 3626544836) and enters SYN-SENT, waiting for Host B to confirm."),
        std::string::npos)
        << r.out;
}

TEST(Cli, BadInputsExitTwoWithOneClearLine)
{
    const auto expect_error = [](const std::string& args, const std::string& message) {
        const RunResult r = run_stderr(args);
        EXPECT_EQ(r.exit_code, 2) << args;
        EXPECT_EQ(r.out, message + "\n") << args;
    };
    const RunResult unknown = run_stderr("run synlost");
    EXPECT_EQ(unknown.exit_code, 2);
    EXPECT_EQ(unknown.out.rfind("ackademy-cli: unknown scenario 'synlost'; did you mean syn-lost", 0), 0U)
        << unknown.out;
    EXPECT_EQ(std::count(unknown.out.begin(), unknown.out.end(), '\n'), 1) << unknown.out;
    expect_error("run handshake --drop X:S",
                 "ackademy-cli: --drop 'X:S': segment rule 'X:S': the host before ':' must be A or B");
    expect_error("run handshake --profile bsd",
                 "ackademy-cli: --profile: unknown profile 'bsd'; expected rfc or linux");
    expect_error("run handshake --loss 1.5",
                 "ackademy-cli: --loss: 1.5 is out of range; expected a probability in 0..1");
    expect_error("run no-such-file.json", "ackademy-cli: no-such-file.json: cannot open the file");
}

TEST(Cli, UnwritablePcapLeavesNoFile)
{
    const std::string dir = temp_path("no-such-dir");
    const RunResult r = run_stderr("run handshake --pcap " + dir + "/out.pcap");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1) << r.out;
    EXPECT_NE(r.out.find("out.pcap"), std::string::npos) << r.out;
    EXPECT_FALSE(std::filesystem::exists(dir + "/out.pcap"));
}

TEST(Cli, RunsAreDeterministicAndSeedsMatter)
{
    const std::string p1 = temp_path("d1.pcap");
    const std::string p2 = temp_path("d2.pcap");
    const std::string args = " run lossy-link --loss 0.3 --format jsonl --pcap ";
    const RunResult r1 = run_cli_stdout(args + p1);
    const RunResult r2 = run_cli_stdout(args + p2);
    ASSERT_EQ(r1.exit_code, 0);
    EXPECT_EQ(r1.out, r2.out);
    EXPECT_FALSE(read_file(p1).empty());
    EXPECT_EQ(read_file(p1), read_file(p2));
    const RunResult other = run_cli_stdout(args + p2 + " --seed 99");
    EXPECT_NE(other.out, r1.out);
    EXPECT_NE(read_file(p2), read_file(p1));
    std::filesystem::remove(p1);
    std::filesystem::remove(p2);
}
