#pragma once
// The one line ackademy-cli prints for a command line CLI11 refuses.
//
// CLI11's own texts ("--until: 1 required FLOAT missing", "The following argument was not
// expected: bogus") name neither the command nor what was expected. parse_error_message() is
// installed as the App's failure_message hook and says both, from the parser's state (which
// subcommand was chosen, what is left over, which option is repeated or missing) and from the
// Expectations registered beside each option; it never edits CLI11's text.

#include "app/cli/validators.hpp"

#include <CLI/CLI.hpp>

#include <map>
#include <string>
#include <vector>

namespace ackademy::cli {

/// What each option and positional argument expects, in the words of the bad-input messages
/// ("seconds greater than 0"); CLI11 itself knows only a type name such as FLOAT.
class Expectations {
public:
    /// Records what `option` expects and returns it, to chain after add_option().
    CLI::Option* expect(CLI::Option* option, std::string expected);
    /// The same for an option whose text the command checks itself, and refuses an empty value
    /// (`--pcap ""` would write nothing and say nothing) with the words of a missing one.
    CLI::Option* expect_text(CLI::Option* option, std::string expected);
    /// The same for a decimal number (validators.hpp decimal_number); its range is the command's to check.
    CLI::Option* expect_decimal(CLI::Option* option, const std::string& expected);
    /// The same for a whole number of type T (validators.hpp whole_number), with `too_large` for
    /// one that does not fit.
    template <class T>
    CLI::Option* expect_whole(CLI::Option* option, const std::string& expected, std::string too_large = {})
    {
        return expect(option->transform(whole_number<T>(expected, std::move(too_large))), expected);
    }
    /// The expectation of `option`, or nullptr if none was recorded.
    const std::string* find(const CLI::Option* option) const;

private:
    std::map<const CLI::Option*, std::string> expected_;
};

/// The message (without the "ackademy-cli: " prefix or a newline) for the ParseError `e` that
/// `app.parse(args)` threw; `args` are the arguments after the program name.
std::string parse_error_message(const CLI::App& app, const CLI::Error& e, const Expectations& expectations,
                                const std::vector<std::string>& args);

} // namespace ackademy::cli
