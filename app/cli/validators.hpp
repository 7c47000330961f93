#pragma once
// Validators shared by the subcommands of ackademy-cli.

#include <CLI/CLI.hpp>

#include <string>

namespace ackademy::cli {

/// CLI11 converts an unsigned option with strtoull, which takes "-1" and wraps it to
/// 2^64 - 1; a seed of 18446744073709551615 that the user never typed is a silent surprise.
inline CLI::Validator whole_number_zero_or_more()
{
    return CLI::Validator(
        [](const std::string& value) -> std::string {
            if (!value.empty() && value.find_first_not_of("0123456789") == std::string::npos) return {};
            return "'" + value + "' is not a number; expected a whole number, 0 or more";
        },
        "UINT");
}

} // namespace ackademy::cli
