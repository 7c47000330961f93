// ackademy-cli: headless front end (traces, pcap export, scenario files).
#include <CLI/CLI.hpp>

#include <iostream>

int main(int argc, char** argv)
{
    CLI::App app{"Ackademy: an interactive TCP simulator for the classroom (headless)"};
    app.set_version_flag("--version", "ackademy-cli 0.1.0");
    app.require_subcommand(0, 1);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 2;
    }
    std::cout << app.help();
    return 0;
}
