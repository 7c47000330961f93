#include "ui/diagram/diagram_export.hpp"

namespace ackademy::ui {

bool exportDiagram(const Document&, const Theme&, const QString& path, const ExportOptions&, QString* error)
{
    if (error != nullptr) *error = QStringLiteral("cannot export %1: not implemented yet").arg(path);
    return false;
}

} // namespace ackademy::ui
