#pragma once

#include "PortfolioMatrixRenderer.h"

#include <QString>

namespace Kingside {

// Writes the directional-policy matrix to a PNG, SVG or PDF file (chosen by the suffix)
// through QSaveFile: the file is complete or untouched.
class PortfolioChartExport
{
public:
    static bool write(const QString &path, const QList<PortfolioEntry> &entries,
                      const QString &title, PortfolioMatrixRenderer::BubbleSize size,
                      QString *error);
};

} // namespace Kingside
