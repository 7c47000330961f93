#pragma once
// A TUN device (Linux): a virtual point-to-point link between the kernel and Ackademy.
//
// open() creates a non-persistent TUN interface (IFF_TUN | IFF_NO_PI, so each read or write
// is exactly one IPv4 packet), gives the kernel's end an address in a small private subnet,
// names Ackademy's host as the point-to-point peer and brings the link up, all through
// ioctl() (no `ip` command). It adds no default route and touches no other interface. The
// device disappears when its file descriptor is closed: by the destructor, by close(), or by
// whoever took the descriptor with release(); also when the process dies (Ctrl+C included).
//
// No Asio here: the GUI includes this header (qt-debian12.md trap 1).

#include "core/tcp/wire.hpp"

#include <optional>
#include <stdexcept>
#include <string>

namespace ackademy::net {

/// The addressing of a live session. Defaults: the kernel is 10.77.0.1/30 on "ack0", and
/// Ackademy's host is 10.77.0.2.
struct TunConfig {
    std::string name = "ack0";
    tcp::Ipv4Address kernel_address = 0x0A4D0001; ///< 10.77.0.1, the address the kernel gets
    tcp::Ipv4Address host_address = 0x0A4D0002;   ///< 10.77.0.2, Ackademy's host (the peer)
    int prefix_length = 30;                       ///< the subnet both live in: 24..30
};

enum class TunErrorKind : std::uint8_t {
    PermissionDenied, ///< no CAP_NET_ADMIN (open or TUNSETIFF failed with EPERM/EACCES)
    Unavailable,      ///< no /dev/net/tun (no tun module, or a container without the device)
    InvalidConfig,    ///< the addresses or name break a safety rule (see check_config)
    InUse,            ///< the interface name or the subnet is already in use on this machine
    System,           ///< any other failing system call
};

class TunError : public std::runtime_error {
public:
    TunError(TunErrorKind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
    TunErrorKind kind() const { return kind_; }

private:
    TunErrorKind kind_;
};

/// What a user without CAP_NET_ADMIN must do, as one phrase.
inline constexpr const char* kPermissionHint =
    "live mode needs CAP_NET_ADMIN to create a TUN device: run as root, or: sudo setcap "
    "cap_net_admin+ep ackademy-cli";

/// The safety rules that need no system call: a valid interface name (1..15 characters,
/// no '/', ':' or whitespace); a prefix length of 24..30 (a small subnet); both addresses
/// in the same private subnet (10/8, 172.16/12, 192.168/16) and distinct; neither the
/// subnet's network nor its broadcast address. Returns one sentence, or nullopt if fine.
std::optional<std::string> check_config(const TunConfig& config);

/// The rules that look at this machine: no interface called config.name exists yet, and no
/// existing interface has an IPv4 address inside the subnet (so no route of anybody else's
/// is shadowed). Returns one sentence, or nullopt if fine.
std::optional<std::string> check_machine(const TunConfig& config);

/// Sets IFF_UP on an existing interface (tests use it for "lo" in a fresh namespace).
/// Returns one sentence on failure.
std::optional<std::string> set_interface_up(const std::string& name);

class TunDevice {
public:
    /// Checks the configuration (check_config, check_machine), creates the device, sets
    /// its address, peer address and netmask, and brings it up. Throws TunError.
    static TunDevice open(const TunConfig& config);

    TunDevice(TunDevice&& other) noexcept;
    TunDevice& operator=(TunDevice&& other) noexcept;
    TunDevice(const TunDevice&) = delete;
    TunDevice& operator=(const TunDevice&) = delete;
    ~TunDevice();

    const TunConfig& config() const { return config_; }
    const std::string& name() const { return config_.name; }
    int fd() const { return fd_; }
    bool is_open() const { return fd_ >= 0; }

    /// Hands the descriptor over (e.g. to an Asio stream_descriptor); closing it removes
    /// the device.
    int release();
    /// Closes the descriptor, which removes the device.
    void close();

private:
    TunDevice(TunConfig config, int fd) : config_(std::move(config)), fd_(fd) {}

    TunConfig config_;
    int fd_ = -1;
};

} // namespace ackademy::net
