#pragma once

#include "PortfolioMatrixRenderer.h"

#include <QString>

namespace Kingside {

// Writes the directional-policy matrix to a PNG, SVG or PDF file (chosen by the suffix),
// drawn in memory and written by SaveFile: complete or the previous file untouched, mode
// 0600. An output OutputGuard refuses for `workspacePath` (the open workspace, its
// companions and backups) is refused.
class PortfolioChartExport
{
public:
    static bool write(const QString &path, const QString &workspacePath,
                      const QList<PortfolioEntry> &entries, const QString &title,
                      PortfolioMatrixRenderer::BubbleSize size, QString *error);
};

} // namespace Kingside
