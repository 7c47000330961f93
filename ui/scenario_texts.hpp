#pragma once
// Translated titles and descriptions of the built-in lessons. The core keeps them in English
// (it is Qt-free, and the CLI prints English); the GUI shows them through the table in
// scenario_texts.cpp, context "BuiltinScenario". Text that is not a built-in's (a user's own
// scenario file) is shown unchanged.

#include "core/scenario/builtin.hpp"
#include "core/sim/scenario.hpp"

#include <QString>

#include <string_view>

namespace ackademy::ui {

/// `english` translated if it is a built-in's title or description, else `english` itself.
QString translatedScenarioText(std::string_view english);
/// Whether `english` is in the table (a built-in's exact title or description).
bool isBuiltinScenarioText(std::string_view english);

QString translatedScenarioTitle(const sim::Scenario& scenario);
QString translatedScenarioDescription(const sim::Scenario& scenario);
QString translatedScenarioTitle(const scenario::BuiltinInfo& info);
QString translatedScenarioDescription(const scenario::BuiltinInfo& info);

} // namespace ackademy::ui
