// `ackademy-cli live`, run as a real process: argument errors, the missing-capability line,
// real sessions in a private namespace, and Ctrl+C.

#include "tests/net/netns.hpp"

#include <grp.h>
#include <gtest/gtest.h>
#include <net/if.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

namespace ackademy::net {
namespace {

using namespace std::chrono_literals;

struct CliRun {
    int exit_code = -1;
    std::string out;
    std::string err;
};

struct Child {
    pid_t pid = -1;
    int out = -1;
    int err = -1;
};

/// Starts the CLI with `args`; with `as_nobody` (when root) it runs as uid/gid 65534,
/// without any capability.
Child start_cli(const std::vector<std::string>& args, bool as_nobody = false)
{
    int out[2];
    int err[2];
    if (::pipe(out) != 0 || ::pipe(err) != 0) return {};
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::dup2(out[1], 1);
        ::dup2(err[1], 2);
        ::close(out[0]);
        ::close(err[0]);
        if (as_nobody && ::getuid() == 0) {
            if (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0) ::_exit(120);
        }
        std::vector<char*> argv;
        argv.push_back(const_cast<char*>(ACKADEMY_CLI));
        for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        ::execv(ACKADEMY_CLI, argv.data());
        ::_exit(127);
    }
    ::close(out[1]);
    ::close(err[1]);
    return {pid, out[0], err[0]};
}

/// Collects the child's output until it exits (killed after `limit`).
CliRun finish(Child c, std::chrono::milliseconds limit = 10s)
{
    CliRun r;
    const auto deadline = std::chrono::steady_clock::now() + limit;
    bool out_open = true;
    bool err_open = true;
    while ((out_open || err_open) && std::chrono::steady_clock::now() < deadline) {
        pollfd p[2] = {{c.out, POLLIN, 0}, {c.err, POLLIN, 0}};
        if (::poll(p, 2, 100) <= 0) continue;
        for (int i = 0; i < 2; ++i) {
            if ((p[i].revents & (POLLIN | POLLHUP)) == 0) continue;
            char buffer[4096];
            const ssize_t n = ::read(p[i].fd, buffer, sizeof buffer);
            if (n <= 0) {
                (i == 0 ? out_open : err_open) = false;
                continue;
            }
            (i == 0 ? r.out : r.err).append(buffer, static_cast<std::size_t>(n));
        }
    }
    if (out_open || err_open) ::kill(c.pid, SIGKILL);
    ::close(c.out);
    ::close(c.err);
    int status = 0;
    ::waitpid(c.pid, &status, 0);
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return r;
}

CliRun run_cli(const std::vector<std::string>& args, bool as_nobody = false)
{
    return finish(start_cli(args, as_nobody));
}

std::vector<std::string> lines(const std::string& text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto end = text.find('\n', start);
        out.push_back(text.substr(start, end - start));
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return out;
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

TEST(CliLive, BadArgumentsExitTwoWithOneLine)
{
    const std::vector<std::vector<std::string>> cases = {
        {"live", "--local", "10.77.0.2:3337", "--peer", "10.77.0.1:7788"},
        {"live", "--local", "10.77.0.2:3337", "--peer", "10.77.0.1:7788", "--connect", "--listen"},
        {"live", "--local", "8.8.8.2:3337", "--peer", "8.8.8.1:7788", "--connect"},
        {"live", "--local", "10.77.0.2", "--peer", "10.77.0.1:7788", "--connect"},
        {"live", "--local", "10.77.0.2:3337", "--peer", "10.77.0.1", "--connect"},
        {"live", "--local", "10.77.0.2:3337", "--peer", "10.77.0.1:7788", "--connect", "--drop", "X:S"},
        {"live", "--local", "10.77.0.2:3337", "--peer", "10.77.0.1:7788", "--connect", "--format", "summary"},
        {"live", "--local", "10.77.0.2:3337", "--peer", "10.77.0.1:7788", "--connect", "--prefix", "8"},
        {"live", "--tun", "this-name-is-too-long", "--local", "10.77.0.2:1", "--peer", "10.77.0.1:2",
         "--connect"},
    };
    for (const auto& args : cases) {
        const CliRun r = run_cli(args);
        std::string joined;
        for (const auto& a : args) joined += a + " ";
        EXPECT_EQ(r.exit_code, 2) << joined << "\n" << r.err;
        EXPECT_EQ(lines(r.err).size(), 1U) << joined << "\n" << r.err;
        EXPECT_TRUE(r.out.empty()) << joined;
    }
}

TEST(CliLive, WithoutCapNetAdminPrintsOneLineSayingWhatIsNeeded)
{
    const CliRun r = run_cli(
        {"live", "--tun", "acktest0", "--local", "10.77.0.2:3337", "--peer", "10.77.0.1:7788", "--connect"},
        /*as_nobody=*/true);
    ASSERT_NE(r.exit_code, 120) << "could not drop privileges";
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_EQ(r.err, "ackademy-cli: live mode needs CAP_NET_ADMIN to create a TUN device: run as root, or: "
                     "sudo setcap cap_net_admin+ep ackademy-cli\n");
    EXPECT_EQ(::if_nametoindex("acktest0"), 0U);
}

TEST(CliLive, SessionWithTheKernelAsServerPrintsTcpdumpLinesAsTheyHappen)
{
    ACKADEMY_RUN_IN_NETNS([]() -> std::string {
        test::Checks c;
        const int listener = test::kernel_listen(0, 7788);
        if (!c.expect(listener >= 0, "cannot listen")) return c.failures();
        Child cli =
            start_cli({"live", "--tun", "acktest0", "--local", "10.77.0.2:3337", "--peer", "10.77.0.1:7788",
                       "--connect", "--send", "hello", "--close-after", "0.1", "--timeout", "5"});
        const int s = test::kernel_accept(listener, 3s);
        std::string received;
        if (c.expect(s >= 0, "the kernel accepted nothing")) {
            received = test::kernel_read_all(s, 3s);
            ::close(s);
        }
        const CliRun r = finish(cli);
        c.expect(r.exit_code == 0, "exit code " + std::to_string(r.exit_code) + ": " + r.err);
        c.expect(received == "hello", "the kernel received '" + received + "'");
        const auto l = lines(r.out);
        if (!c.expect(l.size() >= 6, "too few lines:\n" + r.out)) return c.failures();
        c.expect(contains(l[0], " IP 10.77.0.2.3337 > 10.77.0.1.7788: Flags [S], seq "), l[0]);
        c.expect(contains(l[1], " IP 10.77.0.1.7788 > 10.77.0.2.3337: Flags [S.], seq "), l[1]);
        c.expect(contains(l[2], "Flags [.], ack 1, win "), l[2]);
        c.expect(contains(l[3], "Flags [P.], seq 1:6, ack 1, win ") && contains(l[3], "length 5"), l[3]);
        c.expect(contains(r.out, "Flags [F.]"), "no FIN:\n" + r.out);
        c.expect(l[0].rfind("0.0", 0) == 0, "the first line is not at real elapsed time ~0: " + l[0]);
        c.expect(::if_nametoindex("acktest0") == 0, "the TUN device is still there");
        ::close(listener);
        return c.failures();
    });
}

TEST(CliLive, RefusedConnectionInNarrationAndJsonLines)
{
    ACKADEMY_RUN_IN_NETNS([]() -> std::string {
        test::Checks c;
        const CliRun n = run_cli({"live", "--tun", "acktest0", "--local", "10.77.0.2:3337", "--peer",
                                  "10.77.0.1:7789", "--connect", "--format", "narration", "--timeout", "5"});
        c.expect(n.exit_code == 0, "narration: exit code " + std::to_string(n.exit_code) + ": " + n.err);
        c.expect(contains(n.out, "Host A sends SYN"), "narration:\n" + n.out);
        c.expect(contains(n.out, "Host B sends RST+ACK") || contains(n.out, "Host B sends RST"),
                 "narration:\n" + n.out);
        c.expect(contains(n.out, "Host A tells its application: connection refused."),
                 "narration:\n" + n.out);
        const CliRun j = run_cli({"live", "--tun", "acktest0", "--local", "10.77.0.2:3337", "--peer",
                                  "10.77.0.1:7789", "--connect", "--format", "jsonl", "--timeout", "5"});
        c.expect(j.exit_code == 0, "jsonl: exit code " + std::to_string(j.exit_code) + ": " + j.err);
        for (const std::string& line : lines(j.out))
            c.expect(line.rfind("{\"t_us\":", 0) == 0 && line.back() == '}', "jsonl line: " + line);
        c.expect(contains(j.out, "\"event\":\"user\"") && contains(j.out, "connection refused"),
                 "jsonl:\n" + j.out);
        return c.failures();
    });
}

TEST(CliLive, CtrlCEndsTheSessionAndRemovesTheDevice)
{
    ACKADEMY_RUN_IN_NETNS([]() -> std::string {
        test::Checks c;
        Child cli = start_cli({"live", "--tun", "acktest0", "--local", "10.77.0.2:3337", "--peer",
                               "10.77.0.1", "--listen", "--timeout", "8"});
        const auto deadline = std::chrono::steady_clock::now() + 3s;
        while (::if_nametoindex("acktest0") == 0 && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(10ms);
        c.expect(::if_nametoindex("acktest0") != 0, "the CLI never created its device");
        std::this_thread::sleep_for(100ms); // let it reach its signal wait
        ::kill(cli.pid, SIGINT);
        const auto before = std::chrono::steady_clock::now();
        const CliRun r = finish(cli, 5s);
        c.expect(r.exit_code == 0, "exit code " + std::to_string(r.exit_code) + ": " + r.err);
        c.expect(std::chrono::steady_clock::now() - before < 2s, "Ctrl+C took too long");
        c.expect(::if_nametoindex("acktest0") == 0, "the TUN device is still there after Ctrl+C");
        return c.failures();
    });
}

} // namespace
} // namespace ackademy::net
