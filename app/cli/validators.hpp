#pragma once
// Validators shared by the subcommands of ackademy-cli.
//
// CLI11 runs an option's validators before it converts the value, and reports a refusal as
// "NAME: <what the validator returned>". Every option that takes a number or is a flag has one
// of these, so a bad value is refused in our words ("--until: 'x' is not a number; expected
// seconds greater than 0") and never in CLI11's ("Could not convert: --until = x").

#include <CLI/CLI.hpp>

#include <charconv>
#include <cstdint>
#include <string>
#include <system_error>
#include <type_traits>
#include <vector>

namespace ackademy::cli {

/// What a seed that does not fit in 64 bits is told (--seed of run and live).
inline constexpr const char* kExpectSeedRange = "a whole number from 0 to 18446744073709551615";
// What options that run and live share expect, in the same words in both.
inline constexpr const char* kExpectSeed = "a whole number, 0 or more";
inline constexpr const char* kExpectLoss = "a probability in 0..1";
inline constexpr const char* kExpectProfile = "rfc or linux";

/// "a, b or c" (or "a, b and c" with `last` = " and ")
inline std::string join_alternatives(const std::vector<std::string>& names, const char* last = " or ")
{
    std::string s;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) s += i + 1 == names.size() ? last : ", ";
        s += names[i];
    }
    return s;
}

/// `--pcap ""` would otherwise write no pcap file and say nothing; `--until ""` would be "not a
/// number". An empty value gets the words of a missing one (parse_errors.cpp).
inline std::string no_value(const std::string& expected)
{
    return "no value given; expected " + expected;
}

/// Any text but the empty one, for options whose value the command checks itself.
inline CLI::Validator not_empty(const std::string& expected)
{
    return CLI::Validator(
        [expected](std::string& value) -> std::string {
            return value.empty() ? no_value(expected) : std::string();
        },
        "");
}

/// A whole number written in decimal, 0 or more. CLI11 converts with strtoull and base 0, which
/// takes "-1" and wraps it to 2^64 - 1, reads "010" as octal 8 and "0x10" as 16, and turns
/// 99999999999999999999 into 2^64 - 1 without a word; a seed the user never typed is a silent
/// surprise. The value is rewritten in plain decimal, so CLI11 converts exactly what was checked.
/// Apply with Option::transform() (check() would discard the rewrite).
/// `too_large` replaces `expected` when the value does not fit in T (a seed: "a whole number from
/// 0 to 18446744073709551615").
template <class T> CLI::Validator whole_number(const std::string& expected, std::string too_large = {})
{
    if (too_large.empty()) too_large = expected;
    static_assert(std::is_integral_v<T>);
    return CLI::Validator(
        [expected, too_large](std::string& value) -> std::string {
            if (value.empty()) return no_value(expected);
            if (value.size() > 1 && value[0] == '-' && value.find_first_not_of("0123456789", 1) == std::string::npos)
                return "'" + value + "' is negative; expected " + expected;
            if (value.find_first_not_of("0123456789") != std::string::npos)
                return "'" + value + "' is not a number; expected " + expected;
            T parsed{};
            const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), parsed);
            if (ec == std::errc::result_out_of_range)
                return "'" + value + "' is too large; expected " + too_large;
            if (ec != std::errc() || end != value.data() + value.size())
                return "'" + value + "' is not a number; expected " + expected;
            value = std::to_string(parsed);
            return {};
        },
        "");
}

/// A decimal number such as 2, 0.5 or 1e-3 (a leading '+' is allowed, as strtod allows it).
/// Its range is checked after parsing, by the command, which then names the option and range.
inline CLI::Validator decimal_number(const std::string& expected)
{
    return CLI::Validator(
        [expected](std::string& value) -> std::string {
            if (value.empty()) return no_value(expected);
            const char* begin = value.data();
            const char* const end = value.data() + value.size();
            if (begin != end && *begin == '+') ++begin;
            double parsed = 0.0;
            const auto [stop, ec] = std::from_chars(begin, end, parsed);
            if (ec == std::errc::result_out_of_range && stop == end)
                return "'" + value + "' is out of range; expected " + expected;
            if (ec != std::errc() || stop != end)
                return "'" + value + "' is not a number; expected " + expected;
            return {};
        },
        "");
}

/// A flag takes no value, but CLI11 also accepts --flag=VALUE; allow the values that mean yes and
/// no and refuse the rest, which CLI11 would report as "Could not convert".
inline CLI::Validator flag_value()
{
    return CLI::Validator(
        [](std::string& value) -> std::string {
            for (const char* word : {"true", "false", "yes", "no", "on", "off", "1", "0"})
                if (value == word) return {};
            return "'" + value + "' is not a value for a flag; expected no value, or true or false";
        },
        "");
}

} // namespace ackademy::cli
