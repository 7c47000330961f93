#pragma once
// ackademy-cli's subcommands. main() only catches what escapes run_cli().

#include <iosfwd>

namespace ackademy::cli {

/// Exit codes: 0 success, 2 bad input (one line on `err`), 1 an internal error.
int run_cli(int argc, char** argv, std::ostream& out, std::ostream& err);

} // namespace ackademy::cli
