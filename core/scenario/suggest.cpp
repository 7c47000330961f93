#include "core/scenario/suggest.hpp"

#include <algorithm>

namespace ackademy::scenario {

std::size_t edit_distance(std::string_view a, std::string_view b)
{
    // Three rows of the dynamic programme: the one before the previous is needed for swaps.
    std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            row[j] = std::min({previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                row[j] = std::min(row[j], before[j - 2] + 1);
        }
        std::swap(before, previous);
        std::swap(previous, row);
    }
    return previous[b.size()];
}

std::vector<std::string> likely_options(std::string_view typed, const std::vector<std::string>& candidates)
{
    const std::string_view name = typed.substr(0, typed.find('='));
    const std::string_view letters = name.substr(std::min(name.find_first_not_of('-'), name.size()));
    const std::size_t most = letters.size() >= 8 ? 2 : 1;
    std::vector<std::string> starts;
    std::vector<std::string> near;
    for (const std::string& candidate : candidates) {
        if (letters.size() >= 2 && candidate.starts_with(name)) starts.push_back(candidate);
        if (edit_distance(name, candidate) <= most) near.push_back(candidate);
    }
    return starts.empty() ? near : starts;
}

} // namespace ackademy::scenario
