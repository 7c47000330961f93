#pragma once
// Runs a test body in a private network namespace: a forked child calls
// unshare(CLONE_NEWNET), brings its own loopback up and runs the body, which reports back
// through a pipe. No packet of the body can leave the namespace; when the child exits, the
// namespace and every device in it are gone.

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>

namespace ackademy::net::test {

struct NetnsOutcome {
    enum Kind { Passed, Failed, Skipped } kind = Failed;
    std::string message;
};

/// Runs `body` in a fresh network namespace in a child process, killed after `limit`.
/// The body returns "" on success or the failures; it may return "SKIP: reason".
NetnsOutcome run_in_netns(const std::function<std::string()>& body,
                          std::chrono::milliseconds limit = std::chrono::seconds(10));

// ----- The kernel's side: real sockets (blocking calls with time limits) -----------------
/// A listening TCP socket on address:port (address in host byte order, 0 = any); -1 on error.
int kernel_listen(std::uint32_t address, std::uint16_t port);
/// accept() within `limit`; -1 on timeout or error.
int kernel_accept(int listener, std::chrono::milliseconds limit);
/// connect() within `limit`; -1 on timeout or error (errno says which).
int kernel_connect(std::uint32_t address, std::uint16_t port, std::chrono::milliseconds limit);
/// Reads until EOF or `limit`.
std::string kernel_read_all(int fd, std::chrono::milliseconds limit);
bool kernel_write(int fd, const std::string& text);

/// Collects failures inside a child (GoogleTest assertions cannot cross the fork).
class Checks {
public:
    bool expect(bool ok, const std::string& what)
    {
        if (!ok) failures_ += what + "\n";
        return ok;
    }
    const std::string& failures() const { return failures_; }

private:
    std::string failures_;
};

} // namespace ackademy::net::test

#define ACKADEMY_RUN_IN_NETNS(body, ...)                                                                     \
    do {                                                                                                     \
        const auto outcome_ = ::ackademy::net::test::run_in_netns(body __VA_OPT__(, ) __VA_ARGS__);          \
        if (outcome_.kind == ::ackademy::net::test::NetnsOutcome::Skipped) GTEST_SKIP() << outcome_.message; \
        EXPECT_EQ(outcome_.kind, ::ackademy::net::test::NetnsOutcome::Passed) << outcome_.message;           \
    } while (false)
