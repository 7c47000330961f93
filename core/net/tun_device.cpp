#include "core/net/tun_device.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <ifaddrs.h>
#include <linux/if_tun.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

namespace ackademy::net {
namespace {

std::uint32_t netmask(int prefix_length)
{
    return prefix_length <= 0 ? 0U : ~std::uint32_t{0} << (32 - prefix_length);
}

bool is_private(tcp::Ipv4Address a)
{
    return (a & 0xFF000000U) == 0x0A000000U     // 10.0.0.0/8
           || (a & 0xFFF00000U) == 0xAC100000U  // 172.16.0.0/12
           || (a & 0xFFFF0000U) == 0xC0A80000U; // 192.168.0.0/16
}

std::string subnet_text(const TunConfig& c)
{
    return tcp::ipv4_to_string(c.kernel_address & netmask(c.prefix_length)) + "/" +
           std::to_string(c.prefix_length);
}

std::string errno_text(int error)
{
    return std::strerror(error);
}

/// A file descriptor closed on scope exit unless released.
class Fd {
public:
    explicit Fd(int fd) : fd_(fd) {}
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    ~Fd()
    {
        if (fd_ >= 0) ::close(fd_);
    }
    int get() const { return fd_; }
    int release() { return std::exchange(fd_, -1); }

private:
    int fd_;
};

ifreq request_for(const std::string& name)
{
    ifreq ifr{};
    std::memcpy(ifr.ifr_name, name.data(), std::min(name.size(), std::size_t{IFNAMSIZ - 1}));
    return ifr;
}

void put_address(sockaddr& target, tcp::Ipv4Address address)
{
    sockaddr_in in{};
    in.sin_family = AF_INET;
    in.sin_addr.s_addr = htonl(address);
    static_assert(sizeof(in) <= sizeof(sockaddr));
    std::memcpy(&target, &in, sizeof(in));
}

[[noreturn]] void fail(const std::string& what, int error)
{
    const TunErrorKind kind =
        error == EPERM || error == EACCES ? TunErrorKind::PermissionDenied : TunErrorKind::System;
    if (kind == TunErrorKind::PermissionDenied) throw TunError(kind, kPermissionHint);
    throw TunError(kind, what + ": " + errno_text(error));
}

void ioctl_or_fail(int fd, unsigned long request, ifreq& ifr, const char* what)
{
    if (::ioctl(fd, request, &ifr) < 0) fail(what, errno);
}

/// An existing IPv4 address whose subnet overlaps ours (interface `ours` excepted).
std::optional<std::string> overlap(const TunConfig& c, const std::string& ours)
{
    ifaddrs* list = nullptr;
    if (::getifaddrs(&list) != 0) return "cannot list the network interfaces: " + errno_text(errno);
    std::optional<std::string> problem;
    const std::uint32_t mask = netmask(c.prefix_length);
    for (ifaddrs* i = list; i != nullptr && !problem; i = i->ifa_next) {
        if (i->ifa_addr == nullptr || i->ifa_addr->sa_family != AF_INET) continue;
        if (!ours.empty() && ours == i->ifa_name) continue;
        sockaddr_in in{};
        std::memcpy(&in, i->ifa_addr, sizeof(in));
        std::uint32_t their_mask = 0xFFFFFFFFU;
        if (i->ifa_netmask != nullptr) {
            sockaddr_in m{};
            std::memcpy(&m, i->ifa_netmask, sizeof(m));
            their_mask = ntohl(m.sin_addr.s_addr);
        }
        const std::uint32_t a = ntohl(in.sin_addr.s_addr);
        // Overlap of the two subnets: either contains the other's network address.
        const std::uint32_t both = mask & their_mask;
        if ((a & both) == (c.kernel_address & both))
            problem = "subnet " + subnet_text(c) + " overlaps " + tcp::ipv4_to_string(a) + " on " +
                      i->ifa_name + "; choose other addresses";
    }
    ::freeifaddrs(list);
    return problem;
}

} // namespace

std::optional<std::string> check_config(const TunConfig& c)
{
    if (c.name.empty() || c.name.size() >= IFNAMSIZ)
        return "interface name '" + c.name + "' must have 1 to " + std::to_string(IFNAMSIZ - 1) +
               " characters";
    for (char ch : c.name) {
        if (ch == '/' || ch == ':' || ch == '%' || ch <= ' ' || ch == 0x7F)
            return "interface name '" + c.name + "' may not contain '/', ':', '%' or whitespace";
    }
    if (c.name == "." || c.name == "..") return "interface name '" + c.name + "' is not allowed";
    if (c.prefix_length < 24 || c.prefix_length > 30)
        return "prefix length " + std::to_string(c.prefix_length) +
               " is not allowed; live mode uses a small subnet: 24..30";
    const std::uint32_t mask = netmask(c.prefix_length);
    const std::string k = tcp::ipv4_to_string(c.kernel_address);
    const std::string h = tcp::ipv4_to_string(c.host_address);
    if (c.kernel_address == c.host_address)
        return "the kernel's address and Ackademy's address are both " + k + "; they must differ";
    if ((c.kernel_address & mask) != (c.host_address & mask))
        return k + " and " + h + " are not in the same /" + std::to_string(c.prefix_length) + " subnet";
    if (!is_private(c.kernel_address))
        return "subnet " + subnet_text(c) +
               " is not private; use addresses in 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16";
    for (tcp::Ipv4Address a : {c.kernel_address, c.host_address}) {
        if ((a & ~mask) == 0 || (a & ~mask) == ~mask)
            return tcp::ipv4_to_string(a) + " is the network or broadcast address of " + subnet_text(c);
    }
    return std::nullopt;
}

std::optional<std::string> check_machine(const TunConfig& c)
{
    if (::if_nametoindex(c.name.c_str()) != 0)
        return "an interface called '" + c.name + "' already exists; choose another --tun name";
    return overlap(c, {});
}

std::optional<std::string> set_interface_up(const std::string& name)
{
    Fd sock(::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0));
    if (sock.get() < 0) return "socket(): " + errno_text(errno);
    ifreq ifr = request_for(name);
    if (::ioctl(sock.get(), SIOCGIFFLAGS, &ifr) < 0) return "SIOCGIFFLAGS " + name + ": " + errno_text(errno);
    ifr.ifr_flags = static_cast<short>(ifr.ifr_flags | IFF_UP);
    if (::ioctl(sock.get(), SIOCSIFFLAGS, &ifr) < 0) return "SIOCSIFFLAGS " + name + ": " + errno_text(errno);
    return std::nullopt;
}

TunDevice TunDevice::open(const TunConfig& config)
{
    if (auto problem = check_config(config)) throw TunError(TunErrorKind::InvalidConfig, *problem);

    Fd tun(::open("/dev/net/tun", O_RDWR | O_CLOEXEC | O_NONBLOCK));
    if (tun.get() < 0) {
        const int error = errno;
        if (error == ENOENT || error == ENODEV || error == ENXIO)
            throw TunError(TunErrorKind::Unavailable,
                           "cannot open /dev/net/tun: " + errno_text(error) + " (is the tun module loaded?)");
        fail("cannot open /dev/net/tun", error);
    }
    // TUNSETIFF first, so that a user without CAP_NET_ADMIN learns that before anything else.
    // IFF_TUN_EXCL: fail rather than attach to an existing (persistent) device of that name.
    const bool name_taken = ::if_nametoindex(config.name.c_str()) != 0;
    ifreq ifr = request_for(config.name);
    ifr.ifr_flags = static_cast<short>(IFF_TUN | IFF_NO_PI | IFF_TUN_EXCL);
    if (::ioctl(tun.get(), TUNSETIFF, &ifr) < 0) {
        const int error = errno;
        if (error != EPERM && error != EACCES && (name_taken || error == EBUSY || error == EEXIST))
            throw TunError(TunErrorKind::InUse, "an interface called '" + config.name +
                                                    "' already exists; choose another --tun name");
        fail("TUNSETIFF " + config.name, error);
    }
    if (auto problem = overlap(config, config.name)) throw TunError(TunErrorKind::InUse, *problem);

    // From here on, any failure closes `tun`, which removes the half-configured device.
    Fd sock(::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0));
    if (sock.get() < 0) fail("socket()", errno);
    ifr = request_for(config.name);
    put_address(ifr.ifr_addr, config.kernel_address);
    ioctl_or_fail(sock.get(), SIOCSIFADDR, ifr, "SIOCSIFADDR");
    ifr = request_for(config.name);
    put_address(ifr.ifr_dstaddr, config.host_address);
    ioctl_or_fail(sock.get(), SIOCSIFDSTADDR, ifr, "SIOCSIFDSTADDR");
    ifr = request_for(config.name);
    put_address(ifr.ifr_netmask, netmask(config.prefix_length));
    ioctl_or_fail(sock.get(), SIOCSIFNETMASK, ifr, "SIOCSIFNETMASK");
    ifr = request_for(config.name);
    ioctl_or_fail(sock.get(), SIOCGIFFLAGS, ifr, "SIOCGIFFLAGS");
    ifr.ifr_flags = static_cast<short>(ifr.ifr_flags | IFF_UP | IFF_RUNNING);
    ioctl_or_fail(sock.get(), SIOCSIFFLAGS, ifr, "SIOCSIFFLAGS");
    return TunDevice(config, tun.release());
}

TunDevice::TunDevice(TunDevice&& other) noexcept
    : config_(std::move(other.config_)), fd_(std::exchange(other.fd_, -1))
{}

TunDevice& TunDevice::operator=(TunDevice&& other) noexcept
{
    if (this != &other) {
        close();
        config_ = std::move(other.config_);
        fd_ = std::exchange(other.fd_, -1);
    }
    return *this;
}

TunDevice::~TunDevice()
{
    close();
}

int TunDevice::release()
{
    return std::exchange(fd_, -1);
}

void TunDevice::close()
{
    if (fd_ >= 0) ::close(std::exchange(fd_, -1));
}

} // namespace ackademy::net
