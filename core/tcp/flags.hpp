#pragma once
// The TCP control bits (RFC 9293 §3.1, RFC 3168 ECE/CWR, RFC 9768 AE).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ackademy::tcp {

struct TcpFlags {
    // Bit positions as on the wire: byte 13 holds CWR..FIN, the low bit of byte 12 holds AE.
    static constexpr std::uint16_t FIN = 0x001;
    static constexpr std::uint16_t SYN = 0x002;
    static constexpr std::uint16_t RST = 0x004;
    static constexpr std::uint16_t PSH = 0x008;
    static constexpr std::uint16_t ACK = 0x010;
    static constexpr std::uint16_t URG = 0x020;
    static constexpr std::uint16_t ECE = 0x040;
    static constexpr std::uint16_t CWR = 0x080;
    static constexpr std::uint16_t AE = 0x100;
    static constexpr std::uint16_t ALL = 0x1FF;

    std::uint16_t bits = 0;

    constexpr TcpFlags() = default;
    // Implicit on purpose: flags read best as TcpFlags::SYN | TcpFlags::ACK.
    constexpr TcpFlags(std::uint16_t b) : bits(b) {} // NOLINT(google-explicit-constructor)

    constexpr bool has(std::uint16_t f) const { return (bits & f) == f; }
    constexpr bool fin() const { return has(FIN); }
    constexpr bool syn() const { return has(SYN); }
    constexpr bool rst() const { return has(RST); }
    constexpr bool psh() const { return has(PSH); }
    constexpr bool ack() const { return has(ACK); }
    constexpr bool urg() const { return has(URG); }

    friend constexpr bool operator==(TcpFlags, TcpFlags) = default;

    /// tcpdump's letters in its fixed order F S R P . U E W (TD-3); "none" when no printable
    /// bit is set. AE is not printed: tcpdump 4.99 (Debian 12) has no letter for it (master
    /// prints 'e'), so an AE-only segment prints "none", exactly as 4.99 would.
    std::string tcpdump_letters() const;
    /// Parses the letters of tcpdump_letters() (also used by drop rules: "S.", "FP.", "R").
    /// "none" gives no bits. Letters may come in any order ("PF." == "FP."), but each at most
    /// once; an empty string, a repeated letter or any other character (including 'e')
    /// gives nullopt.
    static std::optional<TcpFlags> from_tcpdump_letters(std::string_view letters);
    /// Names for the diagram, joined by '+', in the order SYN FIN RST PSH ACK URG ECE CWR AE
    /// (the segment's kind first, ACK after PSH, as textbooks label arrows): "SYN", "SYN+ACK",
    /// "PSH+ACK", "FIN+ACK", "RST+ACK", "FIN+PSH+ACK", "SYN+ECE+CWR". No bit set gives "none".
    std::string names() const;
};

} // namespace ackademy::tcp
