#pragma once

// The Explain panel's name for a figure: the label every view prints ("attention
// compute per micro-batch", "GPU 3: KV cache"), never the JSON key it is stored under
// ("time_s.attention_compute.per_micro_batch"), which stays in the row's details and
// tooltip (issue 12, point 8).

#include <QString>

namespace moe::ui {

QString figureLabel(const QString& key);

} // namespace moe::ui
