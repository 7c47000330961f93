#include "app/cli/parse_errors.hpp"

#include "app/cli/validators.hpp"
#include "core/scenario/builtin.hpp"
#include "core/scenario/suggest.hpp"

#include <algorithm>

namespace ackademy::cli {

CLI::Option* Expectations::expect(CLI::Option* option, std::string expected)
{
    expected_[option] = std::move(expected);
    return option;
}

CLI::Option* Expectations::expect_text(CLI::Option* option, std::string expected)
{
    option->check(not_empty(expected));
    return expect(option, std::move(expected));
}

CLI::Option* Expectations::expect_decimal(CLI::Option* option, const std::string& expected)
{
    return expect(option->check(decimal_number(expected)), expected);
}

const std::string* Expectations::find(const CLI::Option* option) const
{
    const auto it = expected_.find(option);
    return it == expected_.end() ? nullptr : &it->second;
}

namespace {

/// "'a'", "'a' and 'b'", "'a', 'b' and 'c'"
std::string quoted(const std::vector<std::string>& words)
{
    std::vector<std::string> q;
    q.reserve(words.size());
    for (const std::string& w : words) q.push_back("'" + w + "'");
    return join_alternatives(q, " and ");
}

/// The options of `cmd` that `typed` is probably a slip of (scenario::likely_options).
std::vector<std::string> nearest_options(const CLI::App& cmd, const std::string& typed)
{
    std::vector<std::string> names;
    for (const CLI::Option* option : cmd.get_options())
        if (option->nonpositional() && option != cmd.get_help_ptr()) names.push_back(option->get_name());
    return scenario::likely_options(typed, names);
}

/// How an argument is named in a message: --local, or SCENARIO for a positional one.
std::string display_name(const CLI::Option& option)
{
    return option.nonpositional() ? option.get_name() : option.get_name(true);
}

std::vector<std::string> command_names(const CLI::App& app)
{
    std::vector<std::string> names;
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
        names.push_back(sub->get_name());
    return names;
}

/// Arguments left over: an unknown option, an unknown command, or one argument too many.
std::string extras_message(const CLI::App& app, const CLI::App* cmd, const std::vector<std::string>& extras)
{
    const std::string& first = extras.front();
    const bool option = first.size() > 1 && first[0] == '-';
    if (cmd == nullptr) {
        const std::string commands = join_alternatives(command_names(app));
        if (option) {
            // An option of a command, given before the command: say where it belongs.
            std::vector<std::string> owners;
            for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
                if (sub->get_option_no_throw(first.substr(0, first.find('='))) != nullptr)
                    owners.push_back(sub->get_name());
            if (!owners.empty())
                return "'" + first + "' is an option of " + join_alternatives(owners, " and ") +
                       "; expected it after the command, e.g. ackademy-cli " + owners.front() + " ... " +
                       first;
            return "unknown option '" + first + "'; expected a command (" + commands +
                   "), --help or --version";
        }
        std::string message = "unknown command '" + first + "'; expected " + commands;
        // The likeliest slip: a scenario without the command before it.
        if (scenario::builtin_scenario(first) || first.ends_with(".json"))
            message += " (to simulate it: ackademy-cli run " + first + ")";
        return message;
    }
    const std::string name = cmd->get_name();
    if (option) {
        const std::string bare = first.substr(0, first.find('='));
        if (app.get_option_no_throw(bare) != nullptr)
            return name + ": '" + bare +
                   "' is an option of ackademy-cli itself; expected it before the command, "
                   "e.g. ackademy-cli " +
                   bare;
        const std::vector<std::string> near = nearest_options(*cmd, first);
        if (!near.empty())
            return name + ": unknown option '" + first + "'; did you mean " + join_alternatives(near) + "?";
        return name + ": unknown option '" + first + "'; see 'ackademy-cli " + name +
               " --help' for its options";
    }
    const auto positionals = cmd->get_options([](const CLI::Option* o) { return !o->nonpositional(); });
    const auto options = cmd->get_options(
        [cmd](const CLI::Option* o) { return o->nonpositional() && o != cmd->get_help_ptr(); });
    const std::string what =
        (extras.size() > 1 ? "unexpected arguments " : "unexpected argument ") + quoted(extras);
    if (positionals.empty() && options.empty())
        return name + ": " + what + "; " + name + " takes no arguments";
    if (positionals.empty()) return name + ": " + what + "; " + name + " takes only options";
    return name + ": " + what + "; expected one " + display_name(*positionals.front()) + " and options";
}

/// The chosen subcommand, or nullptr.
const CLI::App* chosen(const CLI::App& app)
{
    const std::vector<const CLI::App*> subs =
        app.get_subcommands([](const CLI::App* s) { return s->parsed(); });
    return subs.empty() ? nullptr : subs.front();
}

std::string expected_suffix(const Expectations& expectations, const CLI::Option* option)
{
    const std::string* e = expectations.find(option);
    return e == nullptr ? std::string() : "; expected " + *e;
}

} // namespace

std::string parse_error_message(const CLI::App& app, const CLI::Error& e, const Expectations& expectations,
                                const std::vector<std::string>& args)
{
    const CLI::App* cmd = chosen(app);
    const CLI::App& scope = cmd != nullptr ? *cmd : app;

    // Unknown options and surplus arguments first: CLI11 checks required arguments before it
    // reports leftovers, so `run --frob` would otherwise say that SCENARIO is missing.
    if (!app.remaining().empty()) return extras_message(app, nullptr, app.remaining());
    if (cmd != nullptr && !cmd->remaining().empty()) return extras_message(app, cmd, cmd->remaining());

    const std::string kind = e.get_name();
    if (kind == "ValidationError") return e.what(); // "NAME: " + our validator's words (validators.hpp)

    if (kind == "RequiredError") {
        for (const CLI::Option* option : scope.get_options()) {
            if (option->get_required() && option->count() == 0)
                return scope.get_name() + ": " + display_name(*option) + " is required" +
                       expected_suffix(expectations, option);
        }
    }

    if (kind == "ArgumentMismatch") {
        // Given more often than it may be: its results are all there (the check runs after parsing).
        // Only single-value options can be: --drop takes any number, and flags have no maximum.
        for (const CLI::Option* option : scope.get_options()) {
            const int most = option->get_items_expected_max();
            if (most >= 1 && option->results().size() > static_cast<std::size_t>(most))
                return option->get_name() + ": given " + std::to_string(option->results().size()) +
                       " times (" + quoted(option->results()) + "); expected it once";
        }
        // A value is missing: the parser ran out of arguments, so the option is the last one.
        if (!args.empty()) {
            const std::string last = args.back().substr(0, args.back().find('='));
            if (const CLI::Option* option = scope.get_option_no_throw(last); option != nullptr)
                return option->get_name() + ": no value given" + expected_suffix(expectations, option);
        }
    }

    // Nothing above applies (CLI11 has error kinds ackademy-cli cannot trigger): CLI11's own words,
    // still on one line.
    std::string text = e.what();
    std::replace(text.begin(), text.end(), '\n', ' ');
    return text;
}

} // namespace ackademy::cli
