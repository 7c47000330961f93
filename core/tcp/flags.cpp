#include "core/tcp/flags.hpp"

#include <array>

namespace ackademy::tcp {

namespace {

struct FlagLetter {
    std::uint16_t bit;
    char letter;
};

// TD-3: tcpdump's fixed letter order F S R P . U E W (print-tcp.c tcp_flag_values).
// AE has no letter in tcpdump 4.99, so it is absent here (see flags.hpp).
constexpr std::array<FlagLetter, 8> kLetterOrder{{
    {TcpFlags::FIN, 'F'},
    {TcpFlags::SYN, 'S'},
    {TcpFlags::RST, 'R'},
    {TcpFlags::PSH, 'P'},
    {TcpFlags::ACK, '.'},
    {TcpFlags::URG, 'U'},
    {TcpFlags::ECE, 'E'},
    {TcpFlags::CWR, 'W'},
}};

// The diagram reads best with the segment's kind first (SYN, FIN, RST), then PSH and ACK,
// which is how textbooks label arrows ("SYN+ACK", "FIN+PSH+ACK"); the rare bits come last.
struct FlagName {
    std::uint16_t bit;
    std::string_view name;
};
constexpr std::array<FlagName, 9> kNameOrder{{
    {TcpFlags::SYN, "SYN"},
    {TcpFlags::FIN, "FIN"},
    {TcpFlags::RST, "RST"},
    {TcpFlags::PSH, "PSH"},
    {TcpFlags::ACK, "ACK"},
    {TcpFlags::URG, "URG"},
    {TcpFlags::ECE, "ECE"},
    {TcpFlags::CWR, "CWR"},
    {TcpFlags::AE, "AE"},
}};

constexpr std::string_view kNone = "none";

std::optional<std::uint16_t> bit_for_letter(char letter)
{
    for (const auto& spelling : kLetterOrder) {
        if (spelling.letter == letter) return spelling.bit;
    }
    return std::nullopt;
}

} // namespace

std::string TcpFlags::tcpdump_letters() const
{
    std::string letters;
    for (const auto& spelling : kLetterOrder) {
        if (has(spelling.bit)) letters += spelling.letter;
    }
    // TD-3: no printable bit set prints "none" (tcpdump's bittok2str fallback).
    return letters.empty() ? std::string(kNone) : letters;
}

std::optional<TcpFlags> TcpFlags::from_tcpdump_letters(std::string_view letters)
{
    if (letters == kNone) return TcpFlags{};
    if (letters.empty()) return std::nullopt;
    std::uint16_t bits = 0;
    for (const char letter : letters) {
        const auto bit = bit_for_letter(letter);
        // A repeated letter is a typo in a drop rule, not a harmless redundancy.
        if (!bit || (bits & *bit) != 0) return std::nullopt;
        bits = static_cast<std::uint16_t>(bits | *bit);
    }
    return TcpFlags{bits};
}

std::string TcpFlags::names() const
{
    std::string joined;
    for (const auto& spelling : kNameOrder) {
        if (!has(spelling.bit)) continue;
        if (!joined.empty()) joined += '+';
        joined += spelling.name;
    }
    return joined.empty() ? std::string(kNone) : joined;
}

} // namespace ackademy::tcp
