// Runs the real ackademy-cli binary and checks its output and exit status.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
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
