// ackademy-cli: headless front end (traces, pcap export, scenario files).
#include "app/cli/commands.hpp"

#include <exception>
#include <iostream>

int main(int argc, char** argv)
{
    try {
        return ackademy::cli::run_cli(argc, argv, std::cout, std::cerr);
    } catch (const std::exception& e) {
        std::cerr << "ackademy-cli: internal error: " << e.what() << '\n';
    } catch (...) {
        std::cerr << "ackademy-cli: internal error\n";
    }
    return 1;
}
