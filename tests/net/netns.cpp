#include "tests/net/netns.hpp"

#include "core/net/tun_device.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <exception>

namespace ackademy::net::test {
namespace {

void write_all(int fd, const std::string& text)
{
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n <= 0) return;
        done += static_cast<std::size_t>(n);
    }
}

sockaddr_in address_of(std::uint32_t address, std::uint16_t port)
{
    sockaddr_in in{};
    in.sin_family = AF_INET;
    in.sin_port = htons(port);
    in.sin_addr.s_addr = htonl(address);
    return in;
}

bool wait_for(int fd, short events, std::chrono::milliseconds limit)
{
    pollfd p{fd, events, 0};
    return ::poll(&p, 1, static_cast<int>(limit.count())) == 1;
}

} // namespace

int kernel_listen(std::uint32_t address, std::uint16_t port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return -1;
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    const sockaddr_in in = address_of(address, port);
    if (::bind(fd, reinterpret_cast<const sockaddr*>(&in), sizeof in) != 0 || ::listen(fd, 4) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

int kernel_accept(int listener, std::chrono::milliseconds limit)
{
    if (!wait_for(listener, POLLIN, limit)) return -1;
    return ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC);
}

int kernel_connect(std::uint32_t address, std::uint16_t port, std::chrono::milliseconds limit)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) return -1;
    const sockaddr_in in = address_of(address, port);
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&in), sizeof in) != 0 && errno != EINPROGRESS) {
        ::close(fd);
        return -1;
    }
    int error = ETIMEDOUT;
    socklen_t length = sizeof error;
    if (wait_for(fd, POLLOUT, limit)) ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length);
    if (error != 0) {
        ::close(fd);
        errno = error;
        return -1;
    }
    const int flags = ::fcntl(fd, F_GETFL);
    ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    return fd;
}

std::string kernel_read_all(int fd, std::chrono::milliseconds limit)
{
    std::string data;
    const auto deadline = std::chrono::steady_clock::now() + limit;
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0 || !wait_for(fd, POLLIN, left)) return data;
        char buffer[4096];
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0) return data;
        data.append(buffer, static_cast<std::size_t>(n));
    }
}

bool kernel_write(int fd, const std::string& text)
{
    return ::send(fd, text.data(), text.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(text.size());
}

NetnsOutcome run_in_netns(const std::function<std::string()>& body, std::chrono::milliseconds limit)
{
    int fds[2];
    if (::pipe(fds) != 0) return {NetnsOutcome::Failed, std::string("pipe(): ") + std::strerror(errno)};
    const pid_t pid = ::fork();
    if (pid < 0) return {NetnsOutcome::Failed, std::string("fork(): ") + std::strerror(errno)};
    if (pid == 0) {
        ::close(fds[0]);
        std::string report;
        if (::unshare(CLONE_NEWNET) != 0) {
            report = std::string("S") + "unshare(CLONE_NEWNET) is not permitted here (" +
                     std::strerror(errno) + "); live-mode tests need root or CAP_SYS_ADMIN";
        } else if (auto problem = set_interface_up("lo")) {
            report = "Fcannot bring loopback up: " + *problem;
        } else {
            try {
                const std::string r = body();
                if (r.rfind("SKIP: ", 0) == 0) {
                    report = "S" + r.substr(6);
                } else {
                    report = (r.empty() ? "P" : "F") + r;
                }
            } catch (const std::exception& e) {
                report = std::string("Fexception: ") + e.what();
            }
        }
        write_all(fds[1], report);
        ::close(fds[1]);
        ::_exit(0);
    }
    ::close(fds[1]);
    std::string report;
    const auto deadline = std::chrono::steady_clock::now() + limit;
    bool timed_out = false;
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
            timed_out = true;
            break;
        }
        pollfd p{fds[0], POLLIN, 0};
        if (::poll(&p, 1, static_cast<int>(left.count())) <= 0) continue;
        char buffer[4096];
        const ssize_t n = ::read(fds[0], buffer, sizeof buffer);
        if (n <= 0) break;
        report.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(fds[0]);
    if (timed_out) ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (timed_out) return {NetnsOutcome::Failed, "the test did not finish within its time limit: " + report};
    if (report.empty()) return {NetnsOutcome::Failed, "the child reported nothing (crashed?)"};
    const char kind = report.front();
    const std::string message = report.substr(1);
    if (kind == 'P') return {NetnsOutcome::Passed, message};
    if (kind == 'S') return {NetnsOutcome::Skipped, message};
    return {NetnsOutcome::Failed, message};
}

} // namespace ackademy::net::test
