<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Calibration</name>
    <message>
        <location filename="../core/calibration/calibrationfit.cpp" line="380"/>
        <source>without one row, %1 measurements are fewer than the %2 fitted parameters</source>
        <translation>ohne eine Zeile sind %1 Messungen weniger als die %2 angepassten Parameter</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <location filename="../core/model/explain.cpp" line="236"/>
        <source>EP x ETP = %1 divides TP x DP = %2; TP %3, PP %4, DP %5, EP %6</source>
        <translation>EP x ETP = %1 teilt TP x DP = %2; TP %3, PP %4, DP %5, EP %6</translation>
    </message>
    <message>
        <location filename="../core/model/explain.cpp" line="240"/>
        <source>%1 of %2 GPUs</source>
        <translation>%1 von %2 GPUs</translation>
    </message>
    <message>
        <location filename="../core/model/explain.cpp" line="242"/>
        <source>%1 of %2 GPUs: not enough GPUs in the cluster</source>
        <translation>%1 von %2 GPUs: nicht genug GPUs im Cluster</translation>
    </message>
    <message>
        <location filename="../core/model/explain.cpp" line="245"/>
        <source>%1 GPUs, limit %2</source>
        <translation>%1 GPUs, Grenze %2</translation>
    </message>
    <message>
        <location filename="../core/model/explain.cpp" line="248"/>
        <source>%1 of %2 allowed on GPU %3</source>
        <translation>%1 von %2 erlaubt auf GPU %3</translation>
    </message>
    <message>
        <location filename="../core/model/explain.cpp" line="251"/>
        <source>%1 of %2 allowed on GPU %3 (over by %4)</source>
        <translation>%1 von %2 erlaubt auf GPU %3 (%4 zu viel)</translation>
    </message>
    <message>
        <location filename="../core/model/explain.cpp" line="255"/>
        <source>%1 per step, limit %2</source>
        <translation>%1 pro Schritt, Grenze %2</translation>
    </message>
    <message>
        <location filename="../core/model/explain.cpp" line="258"/>
        <source>%1, at least %2 required</source>
        <translation>%1, mindestens %2 gefordert</translation>
    </message>
    <message>
        <location filename="../core/model/explain.cpp" line="260"/>
        <source>busiest EP rank at %1x the mean, limit %2x</source>
        <translation>meistbelasteter EP-Rang beim %1-Fachen des Mittels, Grenze %2-fach</translation>
    </message>
    <message>
        <location filename="../core/model/explain.cpp" line="264"/>
        <source>no token over expert capacity</source>
        <translation>kein Token über der Expertenkapazität</translation>
    </message>
    <message>
        <location filename="../core/model/explain.cpp" line="266"/>
        <source>%1 of assignments exceed expert capacity and are dropped</source>
        <translation>%1 der Zuweisungen überschreiten die Expertenkapazität und werden verworfen</translation>
    </message>
</context>
<context>
    <name>CheckName</name>
    <message>
        <location filename="../core/model/explain.cpp" line="207"/>
        <source>strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location filename="../core/model/explain.cpp" line="209"/>
        <source>gpu_count</source>
        <translation>GPU-Anzahl</translation>
    </message>
    <message>
        <location filename="../core/model/explain.cpp" line="211"/>
        <source>max_gpus</source>
        <translation>max. GPUs</translation>
    </message>
    <message>
        <location filename="../core/model/explain.cpp" line="213"/>
        <source>memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../core/model/explain.cpp" line="215"/>
        <source>latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../core/model/explain.cpp" line="217"/>
        <source>throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <location filename="../core/model/explain.cpp" line="219"/>
        <source>imbalance</source>
        <translation>Ungleichgewicht</translation>
    </message>
    <message>
        <location filename="../core/model/explain.cpp" line="221"/>
        <source>dropped_tokens</source>
        <translation>verworfene Tokens</translation>
    </message>
</context>
<context>
    <name>Component</name>
    <message>
        <location filename="../core/model/components.h" line="97"/>
        <source>attention compute</source>
        <translation>Attention-Rechnen</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="99"/>
        <source>expert compute</source>
        <translation>Experten-Rechnen</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="101"/>
        <source>dense FFN, LM head</source>
        <translation>dichtes FFN, LM-Head</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="103"/>
        <source>all-to-all dispatch</source>
        <translation>All-to-All (hin)</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="105"/>
        <source>all-to-all combine</source>
        <translation>All-to-All (zurück)</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="107"/>
        <source>TP collectives</source>
        <translation>TP-Kollektive</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="109"/>
        <source>pipeline transfers</source>
        <translation>Pipeline-Übertragungen</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="111"/>
        <source>pipeline bubble</source>
        <translation>Pipeline-Blase</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="113"/>
        <source>gradient sync</source>
        <translation>Gradienten-Sync</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="115"/>
        <source>optimizer step</source>
        <translation>Optimierer-Schritt</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="117"/>
        <source>hidden by overlap</source>
        <translation>durch Überlappung verborgen</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="122"/>
        <source>attention weights</source>
        <translation>Attention-Gewichte</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="124"/>
        <source>expert weights</source>
        <translation>Experten-Gewichte</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="126"/>
        <source>dense FFN weights</source>
        <translation>dichte FFN-Gewichte</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="128"/>
        <source>embedding, LM head</source>
        <translation>Embedding, LM-Head</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="130"/>
        <source>gradients</source>
        <translation>Gradienten</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="132"/>
        <source>optimizer state</source>
        <translation>Optimiererzustand</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="134"/>
        <source>activations</source>
        <translation>Aktivierungen</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="136"/>
        <source>KV cache</source>
        <translation>KV-Cache</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="138"/>
        <source>comm buffers</source>
        <translation>Kommunikationspuffer</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="140"/>
        <source>runtime reserve</source>
        <translation>Laufzeitreserve</translation>
    </message>
</context>
<context>
    <name>ExplorerState</name>
    <message>
        <location filename="../ui/document/explorerstate.cpp" line="253"/>
        <source>out of memory evaluating this profile</source>
        <translation>kein Speicher mehr beim Auswerten dieses Profils</translation>
    </message>
</context>
<context>
    <name>FailedChecks</name>
    <message>
        <location filename="../ui/window/failedchecks.cpp" line="16"/>
        <source>illegal strategy</source>
        <translation>unzulässige Strategie</translation>
    </message>
    <message>
        <location filename="../ui/window/failedchecks.cpp" line="18"/>
        <source>needs %L1 GPUs, the cluster has %L2</source>
        <translation>braucht %L1 GPUs, der Cluster hat %L2</translation>
    </message>
    <message>
        <location filename="../ui/window/failedchecks.cpp" line="20"/>
        <source>uses %L1 GPUs, limit %L2</source>
        <translation>nutzt %L1 GPUs, Grenze %L2</translation>
    </message>
    <message>
        <location filename="../ui/window/failedchecks.cpp" line="22"/>
        <source>does not fit: %1 over</source>
        <translation>passt nicht: %1 zu viel</translation>
    </message>
    <message>
        <location filename="../ui/window/failedchecks.cpp" line="24"/>
        <source>too slow: %1 per step, limit %2</source>
        <translation>zu langsam: %1 pro Schritt, Grenze %2</translation>
    </message>
    <message>
        <location filename="../ui/window/failedchecks.cpp" line="26"/>
        <source>too little throughput: %1 of %2 required</source>
        <translation>zu wenig Durchsatz: %1 von %2 verlangt</translation>
    </message>
    <message>
        <location filename="../ui/window/failedchecks.cpp" line="29"/>
        <source>too imbalanced: %L1x the mean, limit %L2x</source>
        <translation>zu unausgewogen: das %L1-Fache des Mittelwerts, Grenze %L2-fach</translation>
    </message>
    <message>
        <location filename="../ui/window/failedchecks.cpp" line="31"/>
        <source>drops %1 of token assignments</source>
        <translation>verwirft %1 der Token-Zuweisungen</translation>
    </message>
</context>
<context>
    <name>Feasibility</name>
    <message>
        <location filename="../core/search/feasibility.cpp" line="75"/>
        <source>, %1 lowered to %2 to fit the %3 GPUs</source>
        <translation>, %1 auf %2 gesenkt, damit es auf die %3 GPUs passt</translation>
    </message>
    <message>
        <location filename="../core/search/feasibility.cpp" line="87"/>
        <source>, DP at its smallest legal value, %1</source>
        <translation>, DP auf seinem kleinsten zulässigen Wert, %1</translation>
    </message>
    <message>
        <location filename="../core/search/feasibility.cpp" line="110"/>
        <source>%1 %2 and %3 %4</source>
        <translation>%1 %2 und %3 %4</translation>
    </message>
    <message>
        <location filename="../core/search/feasibility.cpp" line="114"/>
        <source>needs %1 GPUs</source>
        <translation>braucht %1 GPUs</translation>
    </message>
    <message>
        <location filename="../core/search/feasibility.cpp" line="115"/>
        <source>With %1, TP x PP x DP = %2; the cluster has %3</source>
        <translation>Mit %1 ist TP x PP x DP = %2; der Cluster hat %3</translation>
    </message>
    <message>
        <location filename="../core/search/feasibility.cpp" line="121"/>
        <source>illegal: %1</source>
        <translation>unzulässig: %1</translation>
    </message>
    <message>
        <location filename="../core/search/feasibility.cpp" line="122"/>
        <location filename="../core/search/feasibility.cpp" line="135"/>
        <source>The profile&apos;s own strategy with %1: %2</source>
        <translation>Die eigene Strategie des Profils mit %1: %2</translation>
    </message>
    <message>
        <location filename="../core/search/feasibility.cpp" line="131"/>
        <source>memory: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <location filename="../core/search/feasibility.cpp" line="140"/>
        <source>no feasible variant</source>
        <translation>keine machbare Variante</translation>
    </message>
    <message>
        <location filename="../core/search/feasibility.cpp" line="141"/>
        <source>The profile&apos;s own strategy with %1 passes, but no searched variant did</source>
        <translation>Die eigene Strategie des Profils mit %1 besteht, aber keine gesuchte Variante</translation>
    </message>
    <message>
        <location filename="../core/search/feasibility.cpp" line="215"/>
        <source>best: TP%1 PP%2 DP%3 EP%4 ETP%5, %6 micro-batch(es), %7 per step</source>
        <translation>beste: TP%1 PP%2 DP%3 EP%4 ETP%5, %6 Micro-Batch(es), %7 pro Schritt</translation>
    </message>
</context>
<context>
    <name>FigureName</name>
    <message>
        <location filename="../ui/explain/figurenames.cpp" line="24"/>
        <source>parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/explain/figurenames.cpp" line="25"/>
        <source>active parameters per token</source>
        <translation>aktive Parameter pro Token</translation>
    </message>
    <message>
        <location filename="../ui/explain/figurenames.cpp" line="26"/>
        <source>FLOPs per step</source>
        <translation>FLOPs pro Schritt</translation>
    </message>
    <message>
        <location filename="../ui/explain/figurenames.cpp" line="27"/>
        <source>step time</source>
        <translation>Schrittzeit</translation>
    </message>
    <message>
        <location filename="../ui/explain/figurenames.cpp" line="28"/>
        <source>memory per GPU</source>
        <translation>Speicher pro GPU</translation>
    </message>
    <message>
        <location filename="../ui/explain/figurenames.cpp" line="29"/>
        <source>throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <location filename="../ui/explain/figurenames.cpp" line="30"/>
        <source>throughput per GPU</source>
        <translation>Durchsatz pro GPU</translation>
    </message>
    <message>
        <location filename="../ui/explain/figurenames.cpp" line="31"/>
        <source>model FLOPs utilisation (MFU)</source>
        <translation>Modell-FLOPs-Auslastung (MFU)</translation>
    </message>
    <message>
        <location filename="../ui/explain/figurenames.cpp" line="32"/>
        <source>communication share of the step</source>
        <translation>Kommunikationsanteil des Schritts</translation>
    </message>
    <message>
        <location filename="../ui/explain/figurenames.cpp" line="50"/>
        <source>%1 per micro-batch</source>
        <translation>%1 pro Micro-Batch</translation>
    </message>
    <message>
        <location filename="../ui/explain/figurenames.cpp" line="69"/>
        <source>GPU %1: %2</source>
        <translation>GPU %1: %2</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <location filename="../ui/widgets/localfigures.cpp" line="61"/>
        <source>tokens/s</source>
        <translation>Tokens/s</translation>
    </message>
</context>
<context>
    <name>Formula</name>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="19"/>
        <source>(PP - 1) / v x the slowest stage&apos;s time per micro-batch; (p - 1)/(v m) of the ideal (1F1B: v = 1)</source>
        <translation>(PP - 1) / v x Zeit der langsamsten Stufe pro Micro-Batch; (p - 1)/(v m) des Idealwerts (1F1B: v = 1)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="22"/>
        <source>(communication - overlapped) / step time</source>
        <translation>(Kommunikation - überlappt) / Schrittzeit</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="23"/>
        <source>(dense layers x [sbh(10 + 24/t) + 5as^2b/t] + MoE layers x home part + expert assignments x (2h + intermediate / ETP)) x in-flight micro-batches x (activation bytes / 2); with sequence parallelism the 10sbh term is divided by t; with FP8 GEMMs each GEMM&apos;s input is kept at 1 byte, plus its scales under a block recipe; recomputing &quot;moe&quot; keeps only each MoE layer&apos;s input</source>
        <translation>(dichte Schichten x [sbh(10 + 24/t) + 5as^2b/t] + MoE-Schichten x eigener Anteil + Expertenzuweisungen x (2h + Zwischengröße / ETP)) x laufende Micro-Batches x (Aktivierungsbytes / 2); mit Sequenzparallelität wird der Term 10sbh durch t geteilt; mit FP8-GEMMs wird die Eingabe jedes GEMM mit 1 Byte gespeichert, bei einem Block-Rezept zuzüglich ihrer Skalierungsfaktoren; bei neu berechnetem „moe“ wird nur die Eingabe jeder MoE-Schicht behalten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="29"/>
        <source>(embedding on the first stage, LM head on the last) / TP x weight bytes</source>
        <translation>(Embedding auf der ersten Stufe, LM-Kopf auf der letzten) / TP x Gewichtsbytes</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="30"/>
        <source>(expert slots x expert params / ETP + MoE layers x (shared experts x expert params / TP + router params)) x weight bytes</source>
        <translation>(Expertenplätze x Expertenparameter / ETP + MoE-Schichten x (geteilte Experten x Expertenparameter / TP + Router-Parameter)) x Gewichtsbytes</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="33"/>
        <source>(4 + 2 x moment bytes) x (dense params / (DP if distributed optimizer) + expert params / (EDP if distributed))</source>
        <translation>(4 + 2 x Momentbytes) x (dichte Parameter / (DP bei verteiltem Optimierer) + Expertenparameter / (EDP bei verteiltem))</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="36"/>
        <source>MoE layers x passes x (max(send, receive) over max(intra bytes / NVLink, inter bytes / NIC) + alpha); send = tokens per GPU x k x ETP x hidden x activation bytes; intra share (peers - 1) / M, inter share (M - peers) / M (hierarchical dispatch: one copy per remote domain holding one of the token&apos;s experts, %1 per token)</source>
        <translation>MoE-Schichten x Durchläufe x (max(Senden, Empfangen) über max(Intra-Bytes / NVLink, Inter-Bytes / NIC) + alpha); Senden = Tokens pro GPU x k x ETP x hidden x Aktivierungsbytes; Intra-Anteil (peers - 1) / M, Inter-Anteil (M - peers) / M (hierarchische Verteilung: eine Kopie je entfernter Domäne mit einem der Experten des Tokens, %1 pro Token)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="41"/>
        <source>MoE layers_stage x (router, top-k, permute, unpermute, shared experts + grouped expert GEMMs of the EP rank&apos;s slots, each with its share of the assignments; in training one GEMM and one cast per slot, four at a time (Transformer Engine&apos;s GroupedLinear))</source>
        <translation>MoE-Schichten_Stufe x (Router, Top-k, Permutieren, Zurückpermutieren, geteilte Experten + gruppierte Experten-GEMMs der Plätze des EP-Rangs, jeder mit seinem Anteil der Zuweisungen; im Training ein GEMM und ein Cast pro Platz, vier zugleich (GroupedLinear von Transformer Engine))</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="45"/>
        <source>all-reduce over DP of dense gradients + all-reduce over EDP of expert gradients: 2(n - 1)/n x S / link + 2(n - 1) x alpha</source>
        <translation>All-Reduce der dichten Gradienten über DP + All-Reduce der Expertengradienten über EDP: 2(n - 1)/n x S / Link + 2(n - 1) x alpha</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="48"/>
        <source>all-reduces x (2(TP - 1)/TP x S / link + 2(TP - 1) x alpha); S = tokens x hidden x activation bytes</source>
        <translation>All-Reduces x (2(TP - 1)/TP x S / Link + 2(TP - 1) x alpha); S = Tokens x hidden x Aktivierungsbytes</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="51"/>
        <source>as params.total, with top-k routed experts instead of all</source>
        <translation>wie params.total, mit den Top-k gerouteten Experten statt aller</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="52"/>
        <source>compute + communication + bubble + optimizer step - overlapped</source>
        <translation>Rechnen + Kommunikation + Blase + Optimiererschritt - überlappt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="53"/>
        <source>min(overlap x communication, compute); with two-batch overlap in serving, the all-to-all less what SGLang&apos;s stages leave exposed: MoE layers x the stream&apos;s stall beyond compute per layer and micro-batch, the halves&apos; stages alternating (prefill [shared; combine waited; output, prepare, core, router; dispatch] [routed; combine], decode [output, prepare] [core, router] [dispatch; shared] [routed; combine] [combine waited], decode&apos;s second half two stages behind), less share / (1 - share) of it for the SMs the communication kernels hold</source>
        <translation>min(Überlappung x Kommunikation, Rechnen); bei Zwei-Batch-Überlappung im Serving das All-to-All abzüglich dessen, was die Stufen von SGLang unverdeckt lassen: MoE-Schichten x der Stillstand des Streams über die Rechenzeit hinaus je Schicht und Micro-Batch, wenn sich die Stufen der Hälften abwechseln (Prefill [geteilt; auf Combine warten; Ausgabe, Vorbereitung, Kern, Router; Dispatch] [geroutet; Combine], Decode [Ausgabe, Vorbereitung] [Kern, Router] [Dispatch; geteilt] [geroutet; Combine] [auf Combine warten], die zweite Hälfte im Decode zwei Stufen dahinter), abzüglich Anteil / (1 - Anteil) davon für die SMs, die die Kommunikationskernels belegen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="60"/>
        <source>dense layers_stage x (norm + FFN GEMMs + activation + residual) + (1 + MTP modules) x (LM head and cross-entropy) + MTP modules x projection</source>
        <translation>dichte Schichten_Stufe x (Norm + FFN-GEMMs + Aktivierung + Residuum) + (1 + MTP-Module) x (LM-Kopf und Kreuzentropie) + MTP-Module x Projektion</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="63"/>
        <source>dense layers_stage x dense FFN params / TP x weight bytes</source>
        <translation>dichte Schichten_Stufe x dichte FFN-Parameter / TP x Gewichtsbytes</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="64"/>
        <source>dense layers_stage x roofline(tokens x FFN FLOPs / TP x passes, FFN weights / TP) + LM head roofline</source>
        <translation>dichte Schichten_Stufe x Roofline(Tokens x FFN-FLOPs / TP x Durchläufe, FFN-Gewichte / TP) + Roofline des LM-Kopfs</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="67"/>
        <source>dispatch send buffer + receive buffer of one MoE layer</source>
        <translation>Sendepuffer + Empfangspuffer der Verteilung einer MoE-Schicht</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="68"/>
        <source>layers x (attention + norms) + dense layers x dense FFN + MoE layers x (experts + shared experts) x expert FFN + routers + embeddings + LM head</source>
        <translation>Schichten x (Attention + Normen) + dichte Schichten x dichtes FFN + MoE-Schichten x (Experten + geteilte Experten) x Experten-FFN + Router + Embeddings + LM-Kopf</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="71"/>
        <source>layers_stage x (attention params / TP + norm params) x weight bytes</source>
        <translation>Schichten_Stufe x (Attention-Parameter / TP + Norm-Parameter) x Gewichtsbytes</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="72"/>
        <source>layers_stage x (norm + QKV GEMM + attention core + output GEMM + residual), forward, backward and recomputation</source>
        <translation>Schichten_Stufe x (Norm + QKV-GEMM + Attention-Kern + Ausgabe-GEMM + Residuum), vorwärts, rückwärts und Neuberechnung</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="75"/>
        <source>layers_stage x 2sbh x in-flight micro-batches x (activation bytes / 2)</source>
        <translation>Schichten_Stufe x 2sbh x laufende Micro-Batches x (Aktivierungsbytes / 2)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="76"/>
        <source>layers_stage x max(F / (peak x eff), (W + KV) / (HBM x eff)); F = tokens x (2 x attention params + score FLOPs x context) / TP x passes, W = attention params x weight bytes / TP x passes</source>
        <translation>Schichten_Stufe x max(F / (Spitze x eff), (W + KV) / (HBM x eff)); F = Tokens x (2 x Attention-Parameter + Score-FLOPs x Kontext) / TP x Durchläufe, W = Attention-Parameter x Gewichtsbytes / TP x Durchläufe</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="80"/>
        <source>micro-batches x the straggler stage&apos;s time per micro-batch</source>
        <translation>Micro-Batches x Zeit der langsamsten Stufe pro Micro-Batch</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="81"/>
        <source>min(overlap x communication, compute); with workload.overlap or a system, what the schedule hides (the expert all-to-all beside the other micro-batch&apos;s compute, less share / (1 - share) of it for the SMs the communication kernels hold), plus the gradient sync each stage hides behind its own last backward pass (all but the last bucket; the step waits for the stage that leaves the most exposed)</source>
        <translation>min(Überlappung x Kommunikation, Rechnen); mit workload.overlap oder einem System, was der Ablauf verbirgt (das Experten-All-to-All neben dem Rechnen des anderen Micro-Batches, abzüglich Anteil / (1 - Anteil) davon für die SMs, die die Kommunikationskernel belegen), plus die Gradientensynchronisation, die jede Stufe hinter ihrem eigenen letzten Rückwärtsdurchlauf verbirgt (alle Buckets außer dem letzten; der Schritt wartet auf die Stufe, die am meisten davon offenlässt)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="87"/>
        <source>model FLOPs per step / (step time x GPUs x peak FLOP/s)</source>
        <translation>Modell-FLOPs pro Schritt / (Schrittzeit x GPUs x Spitzen-FLOP/s)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="88"/>
        <source>no gradients to synchronise outside training</source>
        <translation>außerhalb des Trainings keine Gradienten zu synchronisieren</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="89"/>
        <source>no optimizer step outside training</source>
        <translation>außerhalb des Trainings kein Optimiererschritt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="90"/>
        <source>not timed by the version 1 model; name a cluster.system for the kernel-level model</source>
        <translation>vom Modell der Version 1 nicht gemessen; für das Kernel-Modell ein cluster.system angeben</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="91"/>
        <source>one layer&apos;s forward working set (no score matrix, no dropout) x (activation bytes / 2)</source>
        <translation>Vorwärts-Arbeitsmenge einer Schicht (keine Score-Matrix, kein Dropout) x (Aktivierungsbytes / 2)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="92"/>
        <source>parameters updated on the GPU x (fp32 gradient, master weight and moments read, written back, working copy, gradient norm, zeroing) / (HBM x efficiency)</source>
        <translation>auf der GPU aktualisierte Parameter x (fp32-Gradient, Master-Gewicht und Momente gelesen, zurückgeschrieben, Arbeitskopie, Gradientennorm, Nullsetzen) / (HBM x Effizienz)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="95"/>
        <source>params on the GPU x weight bytes (training only)</source>
        <translation>Parameter auf der GPU x Gewichtsbytes (nur Training)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="96"/>
        <source>reserve_gib x 2^30</source>
        <translation>reserve_gib x 2^30</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="97"/>
        <source>sends x (tokens x hidden x activation bytes / TP / link + alpha)</source>
        <translation>Sendungen x (Tokens x hidden x Aktivierungsbytes / TP / Link + alpha)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="98"/>
        <source>sequences per replica x context x KV elements per token per layer x KV bytes x layers_stage / TP share</source>
        <translation>Sequenzen pro Replik x Kontext x KV-Elemente pro Token und Schicht x KV-Bytes x Schichten_Stufe / TP-Anteil</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="101"/>
        <source>sum of the components on the GPU with the most memory</source>
        <translation>Summe der Komponenten auf der GPU mit dem meisten Speicher</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="102"/>
        <source>sum over MoE layers of roofline(assignments x expert FLOPs / ETP x passes, touched experts x expert weights / ETP) + roofline(shared experts and router); assignments = group tokens x top-k x EP rank&apos;s share (for the step: the slowest rank)</source>
        <translation>Summe über MoE-Schichten von Roofline(Zuweisungen x Experten-FLOPs / ETP x Durchläufe, berührte Experten x Expertengewichte / ETP) + Roofline(geteilte Experten und Router); Zuweisungen = Gruppen-Tokens x Top-k x Anteil des EP-Rangs (für den Schritt: der langsamste Rang)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="106"/>
        <source>the mirror of dispatch: every GPU returns what it received</source>
        <translation>das Spiegelbild der Verteilung: jede GPU gibt zurück, was sie empfangen hat</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="107"/>
        <source>tokens per second / GPUs used</source>
        <translation>Tokens pro Sekunde / genutzte GPUs</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="108"/>
        <source>tokens per step / step time; a prefill counts whole prompts (prefix-cache hits included), a decode step the tokens it emits per sequence (1, or with speculation (1 - a^(d+1)) / (1 - a))</source>
        <translation>Tokens pro Schritt / Schrittzeit; ein Prefill zählt ganze Prompts (Präfix-Cache-Treffer eingeschlossen), ein Decode-Schritt die Tokens, die er pro Sequenz ausgibt (1, oder mit Spekulation (1 - a^(d+1)) / (1 - a))</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="112"/>
        <source>tokens x forward FLOPs per token x (3 for training); forward = layers x (2 x attention params + score FLOPs x s) + FFN FLOPs of the top-k and shared experts + 2 V h</source>
        <translation>Tokens x Vorwärts-FLOPs pro Token x (3 im Training); vorwärts = Schichten x (2 x Attention-Parameter + Score-FLOPs x s) + FFN-FLOPs der Top-k- und geteilten Experten + 2 V h</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="116"/>
        <source>MoE layers x DeepEP low-latency dispatch: alpha + bytes / B; B = the published table&apos;s bytes over its latency at this EP size (log-interpolated) less alpha, scaled by the NIC over 50 GB/s; bytes = max(sent, received) with every top-k copy, FP8 with its scales</source>
        <translation>MoE-Schichten x DeepEP-Low-Latency-Verteilung: alpha + Bytes / B; B = Bytes der veröffentlichten Tabelle durch ihre Latenz bei dieser EP-Größe (log-interpoliert) abzüglich alpha, skaliert mit NIC durch 50 GB/s; Bytes = max(gesendet, empfangen) mit jeder Top-k-Kopie, FP8 mit seinen Skalen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="120"/>
        <source>MoE layers x DeepEP low-latency combine: alpha + bytes / B, as dispatch, at the combine&apos;s data type</source>
        <translation>MoE-Schichten x DeepEP-Low-Latency-Zusammenführung: alpha + Bytes / B, wie bei der Verteilung, im Datentyp der Zusammenführung</translation>
    </message>
</context>
<context>
    <name>FormulaSource</name>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="56"/>
        <source>Adam in mixed precision (Rajbhandari et al., ZeRO)</source>
        <translation>Adam in gemischter Präzision (Rajbhandari et al., ZeRO)</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="57"/>
        <source>DeepEP byte accounting</source>
        <translation>Byte-Bilanz von DeepEP</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="58"/>
        <source>DeepEP byte accounting; nccl-tests PERFORMANCE.md</source>
        <translation>Byte-Bilanz von DeepEP; nccl-tests PERFORMANCE.md</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="59"/>
        <source>DeepEP docs/legacy.md, &apos;Low-latency kernels with pure RDMA&apos; (H800, CX7 400 Gb/s, 128 tokens, hidden 7168, top-8)</source>
        <translation>DeepEP docs/legacy.md, &apos;Low-latency kernels with pure RDMA&apos; (H800, CX7 400 Gb/s, 128 Tokens, verborgene Größe 7168, Top-8)</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="62"/>
        <source>DeepSeek-V2 (arXiv 2405.04434), Table 1</source>
        <translation>DeepSeek-V2 (arXiv 2405.04434), Tabelle 1</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="63"/>
        <source>DeepSeek-V3 report (arXiv 2412.19437), section 3.2.2: 20 of 132 SMs for communication</source>
        <translation>DeepSeek-V3-Bericht (arXiv 2412.19437), Abschnitt 3.2.2: 20 von 132 SMs für die Kommunikation</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="65"/>
        <source>DeepSeek-V3 report (arXiv 2412.19437), section 3.2.2: 20 of 132 SMs for communication; SGLang batch_overlap/operations_strategy.py (DeepSeek blog strategies); deepseek-ai/profile-data README</source>
        <translation>DeepSeek-V3-Bericht (arXiv 2412.19437), Abschnitt 3.2.2: 20 von 132 SMs für Kommunikation; SGLang batch_overlap/operations_strategy.py (Strategien aus dem DeepSeek-Blog); deepseek-ai/profile-data README</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="69"/>
        <source>Korthikanti et al. 2022, Appendix A</source>
        <translation>Korthikanti et al. 2022, Anhang A</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="70"/>
        <source>Korthikanti et al. 2022, Appendix A: 72 B s l h^2 (1 + s/(6h) + V/(12 l h))</source>
        <translation>Korthikanti et al. 2022, Anhang A: 72 B s l h^2 (1 + s/(6h) + V/(12 l h))</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="71"/>
        <source>Korthikanti et al. 2022, Table 2</source>
        <translation>Korthikanti et al. 2022, Tabelle 2</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="72"/>
        <source>Korthikanti et al. 2022, Table 2 (full recomputation)</source>
        <translation>Korthikanti et al. 2022, Tabelle 2 (volle Neuberechnung)</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="73"/>
        <source>Narayanan et al. 2021</source>
        <translation>Narayanan et al. 2021</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="74"/>
        <source>Narayanan et al. 2021, scatter/gather optimisation</source>
        <translation>Narayanan et al. 2021, Scatter/Gather-Optimierung</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="75"/>
        <source>Narayanan et al. 2021; Mixtral and DeepSeek-V3 architectures</source>
        <translation>Narayanan et al. 2021; Architekturen von Mixtral und DeepSeek-V3</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="76"/>
        <source>kernel-level model: Megatron-Core&apos;s kernels per layer, timed by the system&apos;s efficiency model (docs/model.md, docs/systems.md)</source>
        <translation>Kernel-Modell: die Kernels von Megatron-Core pro Schicht, getaktet mit dem Effizienzmodell des Systems (docs/model.md, docs/systems.md)</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="79"/>
        <source>nccl-tests PERFORMANCE.md (ring all-reduce)</source>
        <translation>nccl-tests PERFORMANCE.md (Ring-All-Reduce)</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="80"/>
        <source>roofline: max(FLOPs / (peak x efficiency), bytes / (HBM x efficiency))</source>
        <translation>Roofline: max(FLOPs / (Spitze x Effizienz), Bytes / (HBM x Effizienz))</translation>
    </message>
</context>
<context>
    <name>FormulaValues</name>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="20"/>
        <source>%1 layers, %2 assignments per layer (group tokens %3 x k %4)</source>
        <translation>%1 Schichten, %2 Zuweisungen pro Schicht (Gruppen-Tokens %3 x k %4)</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="21"/>
        <source>%1 params x %2</source>
        <translation>%1 Parameter x %2</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="22"/>
        <source>%1 tokens x %2 x %3</source>
        <translation>%1 Tokens x %2 x %3</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="23"/>
        <source>%1 tokens x k x ETP x hidden x bytes + received assignments</source>
        <translation>%1 Tokens x k x ETP x verborgene Größe x Bytes + empfangene Zuweisungen</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="24"/>
        <source>%1 x %2 s (stage %3)</source>
        <translation>%1 x %2 s (Stufe %3)</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="25"/>
        <source>%1 x %2 x (max(%3, %4) B; M = %5, peers in node = %6; NVLink %7 B/s, NIC %8 B/s; alpha %9 s)</source>
        <translation>%1 x %2 x (max(%3, %4) B; M = %5, Partner im Knoten = %6; NVLink %7 B/s, NIC %8 B/s; alpha %9 s)</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="27"/>
        <source>%1 x (%2 + %3) + ... (expert FFN %4)</source>
        <translation>%1 x (%2 + %3) + ... (Experten-FFN %4)</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="28"/>
        <source>(%1 + %2 x %3) x (%4 + %5) with sharding off</source>
        <translation>(%1 + %2 x %3) x (%4 + %5) ohne Sharding</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="29"/>
        <source>(%1 + %2 x %3) x (%4 + %5) with sharding on</source>
        <translation>(%1 + %2 x %3) x (%4 + %5) mit Sharding</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="30"/>
        <source>%1 x (common forward %2 ms + backward %3 ms + recompute %4 ms; routed forward %5 ms + backward %6 ms + recompute %7 ms)</source>
        <translation>%1 x (gemeinsam vorwärts %2 ms + rückwärts %3 ms + Neuberechnung %4 ms; geroutet vorwärts %5 ms + rückwärts %6 ms + Neuberechnung %7 ms)</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="33"/>
        <source>%1 x (common forward %2 ms; routed forward %3 ms)</source>
        <translation>%1 x (gemeinsam vorwärts %2 ms; geroutet vorwärts %3 ms)</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="34"/>
        <source>%1 x (forward %2 ms + backward %3 ms + recompute %4 ms)</source>
        <translation>%1 x (vorwärts %2 ms + rückwärts %3 ms + Neuberechnung %4 ms)</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="35"/>
        <source>%1 x (forward %2 ms + backward %3 ms + recompute %4 ms) + (%5 + %6) x head (forward %7 ms + backward %8 ms + recompute %9 ms)</source>
        <translation>%1 x (vorwärts %2 ms + rückwärts %3 ms + Neuberechnung %4 ms) + (%5 + %6) x Kopf (vorwärts %7 ms + rückwärts %8 ms + Neuberechnung %9 ms)</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="38"/>
        <source>%1 x (forward %2 ms)</source>
        <translation>%1 x (vorwärts %2 ms)</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="39"/>
        <source>%1 x (forward %2 ms) + (%3 + %4) x head (forward %5 ms)</source>
        <translation>%1 x (vorwärts %2 ms) + (%3 + %4) x Kopf (vorwärts %5 ms)</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="42"/>
        <source>min(%1 x %2, %3); SM share %4 / %5; decode: %6 x stall(output %7, prepare %8, core %9, router %10, shared %11, routed %12, dispatch %13, combine %14 ms)</source>
        <translation>min(%1 x %2, %3); SM-Anteil %4 / %5; Decode: %6 x Stillstand(Ausgabe %7, Vorbereitung %8, Kern %9, Router %10, geteilt %11, geroutet %12, Dispatch %13, Combine %14 ms)</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="45"/>
        <source>min(%1 x %2, %3); SM share %4 / %5; prefill: %6 x stall(output %7, prepare %8, core %9, router %10, shared %11, routed %12, dispatch %13, combine %14 ms)</source>
        <translation>min(%1 x %2, %3); SM-Anteil %4 / %5; Prefill: %6 x Stillstand(Ausgabe %7, Vorbereitung %8, Kern %9, Router %10, geteilt %11, geroutet %12, Dispatch %13, Combine %14 ms)</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="40"/>
        <source>DP %1 x %2 B, EDP %3 x %4 B at %5 B/s</source>
        <translation>DP %1 x %2 B, EDP %3 x %4 B bei %5 B/s</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="41"/>
        <source>min(%1 x %2, %3); SM share %4 / %5</source>
        <translation>min(%1 x %2, %3); SM-Anteil %4 / %5</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="48"/>
        <source>sbh = %1, t = %2, a = %3, s = %4, dense layer %5 B, MoE home %6 B, %7 assignments x %8 B, in flight %9</source>
        <translation>sbh = %1, t = %2, a = %3, s = %4, dichte Schicht %5 B, MoE eigener Anteil %6 B, %7 Zuweisungen x %8 B, gleichzeitig %9</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="22"/>
        <source>EP, expert parallelism</source>
        <translation>EP, Expertenparallelität</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="23"/>
        <source>The experts of each MoE layer are spread over EP GPUs; every token is sent to the GPUs of its top-k experts and back (the all-to-all dispatch and combine).</source>
        <translation>Die Experten jeder MoE-Schicht werden auf EP GPUs verteilt; jedes Token wird zu den GPUs seiner Top-k-Experten geschickt und zurück (All-to-All hin und zurück).</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="26"/>
        <source>TP, tensor parallelism</source>
        <translation>TP, Tensorparallelität</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="27"/>
        <source>Each layer&apos;s weight matrices are split over TP GPUs, which add their partial results with an all-reduce (or a reduce-scatter and an all-gather under sequence parallelism) twice per layer and pass.</source>
        <translation>Die Gewichtsmatrizen jeder Schicht werden auf TP GPUs aufgeteilt, die ihre Teilergebnisse zweimal pro Schicht und Durchlauf mit einem All-Reduce addieren (mit Sequenzparallelität mit einem Reduce-Scatter und einem All-Gather).</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="31"/>
        <source>PP, pipeline parallelism</source>
        <translation>PP, Pipeline-Parallelität</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="32"/>
        <source>The layers are cut into PP stages on different GPUs; micro-batches flow through them, and the pipeline fills and drains once per step (the bubble, (PP - 1) / m of the ideal time under 1F1B).</source>
        <translation>Die Schichten werden in PP Stufen auf verschiedenen GPUs zerlegt; Micro-Batches durchlaufen sie, und die Pipeline füllt und leert sich einmal pro Schritt (die Blase, unter 1F1B (PP - 1) / m der idealen Zeit).</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="36"/>
        <source>DP, data parallelism</source>
        <translation>DP, Datenparallelität</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="37"/>
        <source>DP replicas of each stage each take a share of the batch and reduce their gradients together after the step&apos;s last micro-batch.</source>
        <translation>DP Replikate jeder Stufe übernehmen je einen Teil des Batches und reduzieren ihre Gradienten gemeinsam nach dem letzten Micro-Batch des Schritts.</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="40"/>
        <source>ETP, expert tensor parallelism</source>
        <translation>ETP, Experten-Tensorparallelität</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="41"/>
        <source>Each expert&apos;s matrices are split over ETP GPUs, as TP splits the dense layers; EP x ETP must divide TP x DP.</source>
        <translation>Die Matrizen jedes Experten werden auf ETP GPUs aufgeteilt, so wie TP die dichten Schichten aufteilt; EP x ETP muss TP x DP teilen.</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="44"/>
        <source>EDP, expert data parallelism</source>
        <translation>EDP, Experten-Datenparallelität</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="45"/>
        <source>How many copies of each expert exist: EDP = TP x DP / (EP x ETP). The experts&apos; gradients are reduced over EDP, the other weights&apos; over DP.</source>
        <translation>Wie viele Kopien jedes Experten es gibt: EDP = TP x DP / (EP x ETP). Die Gradienten der Experten werden über EDP reduziert, die der übrigen Gewichte über DP.</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="48"/>
        <source>Micro-batch</source>
        <translation>Micro-Batch</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="49"/>
        <source>The part of a replica&apos;s batch that goes through the pipeline at once. More micro-batches shrink the pipeline bubble but keep more activations in flight.</source>
        <translation>Der Teil des Batches eines Replikats, der die Pipeline auf einmal durchläuft. Mehr Micro-Batches verkleinern die Pipeline-Blase, halten aber mehr Aktivierungen gleichzeitig vor.</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="52"/>
        <source>MFU, model FLOPs utilisation</source>
        <translation>MFU, Modell-FLOPs-Auslastung</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="53"/>
        <source>The model&apos;s FLOPs per step (without recomputation) divided by the step time and the GPUs&apos; dense peak: how much of the hardware the model itself uses.</source>
        <translation>Die FLOPs des Modells pro Schritt (ohne Neuberechnung), geteilt durch die Schrittzeit und die dichte Spitzenleistung der GPUs: wie viel der Hardware das Modell selbst nutzt.</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="56"/>
        <source>Straggler</source>
        <translation>Nachzügler</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="57"/>
        <source>The slowest GPU of a step: every GPU waits for it at the next collective, so its time is the step&apos;s. The grid outlines it and the headline names it.</source>
        <translation>Die langsamste GPU eines Schritts: Jede GPU wartet bei der nächsten kollektiven Operation auf sie, also ist ihre Zeit die des Schritts. Das Raster umrandet sie, die Kopfzeile nennt sie.</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="82"/>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="85"/>
        <source>&lt;b&gt;Parameters&lt;/b&gt; (left): drag EP, TP, PP, DP, ETP, the batch, the sequence or the micro-batches. A slider stops only at legal values; the line under it says which. Every move is one undo step (Ctrl+Z).</source>
        <translation>&lt;b&gt;Parameter&lt;/b&gt; (links): EP, TP, PP, DP, ETP, Batch, Sequenz oder Micro-Batches ziehen. Ein Schieberegler hält nur bei zulässigen Werten; die Zeile darunter nennt sie. Jede Bewegung ist ein Rückgängig-Schritt (Strg+Z).</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="88"/>
        <source>&lt;b&gt;Headline&lt;/b&gt; (top): step time, throughput, MFU and the fullest GPU&apos;s memory. A failed check is named here in red.</source>
        <translation>&lt;b&gt;Kopfzeile&lt;/b&gt; (oben): Schrittzeit, Durchsatz, MFU und der Speicher der vollsten GPU. Eine fehlgeschlagene Prüfung wird hier rot genannt.</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="90"/>
        <source>&lt;b&gt;GPU grid&lt;/b&gt;: one cell per GPU, grouped by node, coloured by the metric you choose above it. The straggler is outlined; hover a cell for its figures, drag an expert to move it.</source>
        <translation>&lt;b&gt;GPU-Raster&lt;/b&gt;: eine Zelle pro GPU, nach Knoten gruppiert, gefärbt nach der darüber gewählten Kennzahl. Der Nachzügler ist umrandet; mit der Maus über einer Zelle erscheinen ihre Werte, einen Experten zieht man zum Verschieben.</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="93"/>
        <source>&lt;b&gt;Latency and memory charts&lt;/b&gt; (bottom): where the step time goes, component by component, and what fills the GPUs. Hover a bar for its formula.</source>
        <translation>&lt;b&gt;Latenz- und Speicherdiagramm&lt;/b&gt; (unten): wohin die Schrittzeit geht, Komponente für Komponente, und was die GPUs füllt. Mit der Maus über einem Balken erscheint seine Formel.</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="95"/>
        <source>&lt;b&gt;Explain&lt;/b&gt; (View, Ctrl+2): every figure with its formula, the values put in and the source.</source>
        <translation>&lt;b&gt;Erklärung&lt;/b&gt; (Ansicht, Strg+2): jede Zahl mit ihrer Formel, den eingesetzten Werten und der Quelle.</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="97"/>
        <source>&lt;b&gt;Search&lt;/b&gt; (View, Ctrl+4): every legal strategy ranked, with the Pareto front and a feasibility map; double-click a result to apply it. Strategy &gt; Pin as Baseline compares a proposal with today&apos;s deployment.</source>
        <translation>&lt;b&gt;Suche&lt;/b&gt; (Ansicht, Strg+4): jede zulässige Strategie in einer Rangfolge, mit Pareto-Front und Machbarkeitskarte; ein Doppelklick auf ein Ergebnis übernimmt es. Strategie &gt; Als Vergleichsbasis festlegen vergleicht einen Vorschlag mit dem heutigen Einsatz.</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="100"/>
        <source>&lt;b&gt;Serving&lt;/b&gt; (View, Ctrl+5): for requests of a given input and output length, the front of throughput per GPU against speed per user, the best deployment meeting your TTFT and TPOT targets, and why the others lose.</source>
        <translation>&lt;b&gt;Inferenzbetrieb&lt;/b&gt; (Ansicht, Strg+5): für Anfragen gegebener Eingabe- und Ausgabelänge die Front aus Durchsatz pro GPU gegen Geschwindigkeit pro Nutzer, die beste Bereitstellung, die Ihre TTFT- und TPOT-Ziele erfüllt, und warum die anderen zurückliegen.</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="103"/>
        <source>&lt;b&gt;File&lt;/b&gt;: open a built-in profile (the gallery), compose a new one from the systems and models libraries, save, export charts and a design-review report.</source>
        <translation>&lt;b&gt;Datei&lt;/b&gt;: ein mitgeliefertes Profil öffnen (die Galerie), ein neues aus den System- und Modellbibliotheken zusammenstellen, speichern, Diagramme und einen Design-Review-Bericht exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="110"/>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="117"/>
        <source>F1 on a slider opens this glossary at its term. docs/ holds every formula with its source.</source>
        <translation>F1 auf einem Schieberegler öffnet dieses Glossar bei seinem Begriff. docs/ enthält jede Formel mit ihrer Quelle.</translation>
    </message>
</context>
<context>
    <name>GridLegend</name>
    <message>
        <location filename="../ui/grid/gridlegend.cpp" line="44"/>
        <source>idle</source>
        <translation>ungenutzt</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridlegend.cpp" line="54"/>
        <source>over capacity</source>
        <translation>über der Kapazität</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridlegend.cpp" line="55"/>
        <source>above scale</source>
        <translation>über der Skala</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridlegend.cpp" line="64"/>
        <source>│ mean %1</source>
        <translation>│ Mittel %1</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridlegend.cpp" line="68"/>
        <source>%1 (capacity)</source>
        <translation>%1 (Kapazität)</translation>
    </message>
</context>
<context>
    <name>GridMetric</name>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="113"/>
        <source> … (%1 more)</source>
        <translation> … (%1 weitere)</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="120"/>
        <source>layer %1: experts %2</source>
        <translation>Schicht %1: Experten %2</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="149"/>
        <source>no MoE layers in its pipeline stage</source>
        <translation>keine MoE-Schichten in der Pipeline-Stufe dieser GPU</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="94"/>
        <location filename="../ui/grid/gridmetric.cpp" line="151"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="130"/>
        <source>layer %1: none (its pipeline stage holds layers %2)</source>
        <translation>Schicht %1: keine (die Pipeline-Stufe dieser GPU enthält die Schichten %2)</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="152"/>
        <source>%1 experts in each of its %2 MoE layers</source>
        <translation>%1 Experten in jeder ihrer %2 MoE-Schichten</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="162"/>
        <source>Memory used</source>
        <translation>Belegter Speicher</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="164"/>
        <source>Experts hosted</source>
        <translation>Platzierte Experten</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="166"/>
        <source>Tokens routed per step</source>
        <translation>Geroutete Tokens pro Schritt</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="168"/>
        <source>All-to-all sent per step</source>
        <translation>All-to-All-Versand pro Schritt</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="170"/>
        <source>Compute time per step</source>
        <translation>Rechenzeit pro Schritt</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="172"/>
        <source>Expert load per slot</source>
        <translation>Expertenlast pro Slot</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="181"/>
        <location filename="../ui/grid/gridmetric.cpp" line="187"/>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="183"/>
        <source>experts</source>
        <translation>Experten</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="185"/>
        <location filename="../ui/grid/gridmetric.cpp" line="191"/>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="189"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="199"/>
        <source>idle</source>
        <translation>ungenutzt</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="296"/>
        <source>GPU %1 · node %2</source>
        <translation>GPU %1 · Knoten %2</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="299"/>
        <source>idle: the strategy uses the first %1 GPUs</source>
        <translation>ungenutzt: Die Strategie verwendet die ersten %1 GPUs</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="300"/>
        <source>idle: the strategy cannot run</source>
        <translation>ungenutzt: Die Strategie ist nicht ausführbar</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="303"/>
        <source>TP %1 · PP %2 · DP %3 · EP %4</source>
        <translation>TP %1 · PP %2 · DP %3 · EP %4</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="305"/>
        <source> · ETP %1 · EDP %2</source>
        <translation> · ETP %1 · EDP %2</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="309"/>
        <source>memory: %1 of %2 (%3)</source>
        <translation>Speicher: %1 von %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="314"/>
        <source>tokens routed in this layer: %1 per step</source>
        <translation>in dieser Schicht geroutete Tokens: %1 pro Schritt</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="315"/>
        <source>tokens routed: %1 per step</source>
        <translation>geroutete Tokens: %1 pro Schritt</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="317"/>
        <source>compute: %1 per step</source>
        <translation>Rechenzeit: %1 pro Schritt</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="318"/>
        <source>all-to-all sent: %1 per step</source>
        <translation>All-to-All-Versand: %1 pro Schritt</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="62"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="64"/>
        <source>node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="64"/>
        <source>nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="72"/>
        <source>GPUs folded into nodes: %1. </source>
        <translation>GPUs zu Knoten zusammengefasst: %1. </translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="73"/>
        <source>GPUs folded into blocks of %1 nodes: %2. </source>
        <translation>GPUs zu Blöcken von je %1 Knoten zusammengefasst: %2. </translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="88"/>
        <source>Nothing to show: %1</source>
        <translation>Nichts anzuzeigen: %1</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="91"/>
        <source>Nothing to show: the model has no MoE layers.</source>
        <translation>Nichts anzuzeigen: Das Modell hat keine MoE-Schichten.</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="129"/>
        <source>Routing share by layer × expert</source>
        <translation>Routing-Anteil nach Schicht × Experte</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="131"/>
        <source>Load by GPU × layer</source>
        <translation>Last nach GPU × Schicht</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="133"/>
        <source>All-to-all traffic, GPU × GPU</source>
        <translation>All-to-All-Verkehr, GPU × GPU</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="144"/>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="170"/>
        <source>the same GPU</source>
        <translation>dieselbe GPU</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="170"/>
        <source>no value (its pipeline stage lacks this layer)</source>
        <translation>kein Wert (ihrer Pipeline-Stufe fehlt diese Schicht)</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="174"/>
        <source> (%1× the mean)</source>
        <translation> (das %1-Fache des Mittels)</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="180"/>
        <source> per step, </source>
        <translation> pro Schritt, </translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="180"/>
        <source>inside a node (NVLink)</source>
        <translation>innerhalb eines Knotens (NVLink)</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="180"/>
        <source>across nodes (NIC)</source>
        <translation>zwischen Knoten (NIC)</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="183"/>
        <source>; the hottest</source>
        <translation>; der höchste Wert</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="196"/>
        <location filename="../ui/heatmaps/heatmap.cpp" line="246"/>
        <source>MoE layer</source>
        <translation>MoE-Schicht</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="197"/>
        <source>expert</source>
        <translation>Experte</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="223"/>
        <source>Share of each MoE layer&apos;s routed tokens (dropped ones included) by expert; an even spread gives each 1/%1 = %2. Hottest: expert %3 in MoE layer %4, %5.</source>
        <translation>Anteil der gerouteten Tokens jeder MoE-Schicht (verworfene eingeschlossen) nach Experte; bei gleichmäßiger Verteilung erhält jeder 1/%1 = %2. Am stärksten belastet: Experte %3 in MoE-Schicht %4, %5.</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="279"/>
        <source>each row shows its busiest GPU</source>
        <translation>jede Zeile zeigt ihre meistbelastete GPU</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="280"/>
        <source>Token-to-expert assignments each GPU&apos;s expert slots process per step, by MoE layer; hatched: the GPU&apos;s pipeline stage lacks the layer. Mean %1.</source>
        <translation>Token-Experten-Zuweisungen, die die Experten-Slots jeder GPU pro Schritt verarbeiten, nach MoE-Schicht; schraffiert: Der Pipeline-Stufe der GPU fehlt die Schicht. Mittel %1.</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="285"/>
        <source> Busiest: %1 %2 in MoE layer %3, %4 (%5× the mean).</source>
        <translation> Am stärksten belastet: %1 %2 in MoE-Schicht %3, %4 (das %5-Fache des Mittels).</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="301"/>
        <source>Nothing to show: no all-to-all traffic.</source>
        <translation>Nichts anzuzeigen: kein All-to-All-Verkehr.</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="308"/>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="309"/>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="329"/>
        <source>a cell sums the bytes between them; the diagonal stays inside a node</source>
        <translation>eine Zelle summiert die Bytes zwischen ihnen; die Diagonale bleibt innerhalb eines Knotens</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="330"/>
        <source>Bytes each GPU sends each other GPU per step in the MoE all-to-alls (dispatch and combine). Outlined squares: links inside a node (NVLink); the rest cross nodes (NIC).</source>
        <translation>Bytes, die jede GPU pro Schritt in den MoE-All-to-Alls (hin und zurück) an jede andere GPU sendet. Umrandete Quadrate: Verbindungen innerhalb eines Knotens (NVLink); die übrigen verlaufen zwischen Knoten (NIC).</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="333"/>
        <source> No GPU sends to another: expert parallelism is 1.</source>
        <translation> Keine GPU sendet an eine andere: Die Expertenparallelität ist 1.</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="338"/>
        <source> Hottest link: %1 %2 → %1 %3, %4 per step, %5.</source>
        <translation> Am stärksten belastete Verbindung: %1 %2 → %1 %3, %4 pro Schritt, %5.</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="341"/>
        <source>inside a node</source>
        <translation>innerhalb eines Knotens</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="341"/>
        <source>across nodes</source>
        <translation>zwischen Knoten</translation>
    </message>
</context>
<context>
    <name>ProfileFile</name>
    <message>
        <location filename="../core/profile/jsonreader.cpp" line="25"/>
        <location filename="../core/profile/usersystemfile.cpp" line="175"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/profile/jsonreader.cpp" line="81"/>
        <source>the string &quot;%1&quot;</source>
        <translation>die Zeichenkette „%1“</translation>
    </message>
    <message>
        <location filename="../core/profile/jsonreader.cpp" line="88"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../core/profile/jsonreader.cpp" line="90"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location filename="../core/profile/jsonreader.cpp" line="92"/>
        <source>an unsupported value</source>
        <translation>ein nicht unterstützter Wert</translation>
    </message>
    <message>
        <location filename="../core/profile/jsonreader.cpp" line="103"/>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <location filename="../core/profile/jsonreader.cpp" line="104"/>
        <source>greater than %1 and at most %2</source>
        <translation>größer als %1 und höchstens %2</translation>
    </message>
    <message>
        <location filename="../core/profile/jsonreader.cpp" line="111"/>
        <location filename="../core/profile/jsonreader.cpp" line="116"/>
        <location filename="../core/profile/jsonreader.cpp" line="120"/>
        <source>expected an integer %1, got %2</source>
        <translation>erwartet eine ganze Zahl %1, erhalten: %2</translation>
    </message>
    <message>
        <location filename="../core/profile/jsonreader.cpp" line="129"/>
        <location filename="../core/profile/jsonreader.cpp" line="134"/>
        <source>expected a number %1, got %2</source>
        <translation>erwartet eine Zahl %1, erhalten: %2</translation>
    </message>
    <message>
        <location filename="../core/profile/jsonreader.cpp" line="149"/>
        <source>expected an object at the top level of the file, got %1</source>
        <translation>erwartet ein Objekt auf der obersten Ebene der Datei, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../core/profile/jsonreader.cpp" line="150"/>
        <source>expected an object, got %1</source>
        <translation>erwartet ein Objekt, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../core/profile/jsonreader.cpp" line="170"/>
        <location filename="../core/profile/usersystemfile.cpp" line="56"/>
        <source>required key is missing</source>
        <translation>ein benötigter Schlüssel fehlt</translation>
    </message>
    <message>
        <location filename="../core/profile/jsonreader.cpp" line="220"/>
        <location filename="../core/profile/hfimport.cpp" line="96"/>
        <source>expected true or false, got %1</source>
        <translation>erwartet true oder false, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../core/profile/jsonreader.cpp" line="233"/>
        <source>expected a string, got %1</source>
        <translation>erwartet eine Zeichenkette, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../core/profile/jsonreader.cpp" line="253"/>
        <location filename="../core/profile/profileparse.cpp" line="379"/>
        <location filename="../core/profile/recomputemodules.cpp" line="56"/>
        <source>expected one of %1, got %2</source>
        <translation>erwartet eines von %1, erhalten: %2</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="67"/>
        <source>expected at least one dense peak by data type (fp4, fp8, bf16, fp16, tf32, fp32)</source>
        <translation>erwartet mindestens eine dichte Spitzenleistung je Datentyp (fp4, fp8, bf16, fp16, tf32, fp32)</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="101"/>
        <source>expected a multiple of gpus_per_node (%1), got %2</source>
        <translation>erwartet ein Vielfaches von gpus_per_node (%1), erhalten: %2</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="138"/>
        <source>the flat efficiencies are the version 1 model; with cluster.system the system&apos;s kernel efficiency model times every kernel. Remove one of them</source>
        <translation>die pauschalen Effizienzen sind das Modell der Version 1; mit cluster.system bestimmt das Kernel-Effizienzmodell des Systems die Zeit jedes Kernels. Entfernen Sie eines von beiden</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="148"/>
        <source>the runtime reserve (%1 GiB) must be smaller than the GPU memory (%2 GiB)</source>
        <translation>die Laufzeitreserve (%1 GiB) muss kleiner als der GPU-Speicher (%2 GiB) sein</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="179"/>
        <source>unknown model preset &quot;%1&quot;; the built-in models are %2</source>
        <translation>unbekannte Modellvorlage „%1“; die mitgelieferten Modelle sind %2</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="195"/>
        <source>expected a divisor of heads (%1), got %2</source>
        <translation>erwartet einen Teiler von heads (%1), erhalten: %2</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="201"/>
        <source>hidden (%1) is not a multiple of heads (%2); give model.head_dim</source>
        <translation>hidden (%1) ist kein Vielfaches von heads (%2); geben Sie model.head_dim an</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="229"/>
        <source>the experts (%1) must split into equal groups; %2 does not divide them</source>
        <translation>die Experten (%1) müssen sich in gleich große Gruppen teilen; %2 teilt sie nicht</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="234"/>
        <source>a model without experts must have dense_layers equal to layers (%1), got %2</source>
        <translation>ein Modell ohne Experten muss dense_layers gleich layers (%1) haben, erhalten: %2</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="239"/>
        <source>every layer is dense, so experts must be 0; got dense_layers = layers = %1</source>
        <translation>jede Schicht ist dicht, also muss experts 0 sein; erhalten: dense_layers = layers = %1</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="245"/>
        <source>dense layers need a dense FFN size of at least 1</source>
        <translation>dichte Schichten brauchen eine dichte FFN-Größe von mindestens 1</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="311"/>
        <source>expected an array of per-expert load rows, got %1</source>
        <translation>erwartet ein Array von Lastzeilen je Experte, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="316"/>
        <source>expected 1 row or one per MoE layer (%1), got %2</source>
        <translation>erwartet 1 Zeile oder eine je MoE-Schicht (%1), erhalten: %2</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="323"/>
        <source>%1 values</source>
        <translation>%1 Werte</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="325"/>
        <source>expected an array of %1 expert loads, got %2</source>
        <translation>erwartet ein Array von %1 Expertenlasten, erhalten: %2</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="336"/>
        <source>expected at least one positive load, got all zeros</source>
        <translation>erwartet mindestens eine positive Last, erhalten: nur Nullen</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="352"/>
        <source>expected an array of layer counts, one per pipeline stage (or per model chunk), got %1</source>
        <translation>erwartet ein Array von Schichtzahlen, eine je Pipeline-Stufe (oder je Modellabschnitt), erhalten: %1</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="353"/>
        <source>an empty array</source>
        <translation>ein leeres Array</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="357"/>
        <source>lists %1 stages for %2 layers</source>
        <translation>listet %1 Stufen für %2 Schichten</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="367"/>
        <source>the layers listed add up to %1, but the model has %2</source>
        <translation>die gelisteten Schichten ergeben zusammen %1, aber das Modell hat %2</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="419"/>
        <source>virtual stages are chunks of the interleaved schedule; set schedule to &quot;interleaved&quot; or virtual_stages to 1</source>
        <translation>virtuelle Stufen sind Abschnitte des verschränkten Ablaufs; setzen Sie schedule auf „interleaved“ oder virtual_stages auf 1</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="470"/>
        <source>a prefill computes at least one token of each prompt; %1 of %2 tokens leaves less than one</source>
        <translation>ein Prefill berechnet mindestens ein Token jedes Prompts; %1 von %2 Tokens lässt weniger als eines übrig</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="485"/>
        <source>placement &quot;manual&quot; needs an array with the experts of each EP rank, got %1</source>
        <translation>Platzierung „manual“ braucht ein Array mit den Experten jedes EP-Rangs, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="493"/>
        <source>expected an array of the expert ids on EP rank %1, got %2</source>
        <translation>erwartet ein Array der Experten-IDs auf EP-Rang %1, erhalten: %2</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="575"/>
        <source>nesting deeper than %1 levels at byte %2; a profile needs only a few</source>
        <translation>Verschachtelung tiefer als %1 Ebenen bei Byte %2; ein Profil braucht nur wenige</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="598"/>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="629"/>
        <source>the file is larger than %1 bytes (16 MiB), the limit for a profile</source>
        <translation>die Datei ist größer als %1 Bytes (16 MiB), die Grenze für ein Profil</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="633"/>
        <source>the file is empty; expected a JSON object with &quot;format&quot;: &quot;moe-explorer-profile&quot;</source>
        <translation>die Datei ist leer; erwartet ein JSON-Objekt mit &quot;format&quot;: &quot;moe-explorer-profile&quot;</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="641"/>
        <source>the file is UTF-16; a profile is UTF-8 text: save it as UTF-8</source>
        <translation>die Datei ist UTF-16; ein Profil ist UTF-8-Text: speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="646"/>
        <source>not valid JSON: a NUL byte at %1; a profile is UTF-8 text</source>
        <translation>kein gültiges JSON: ein NUL-Byte bei %1; ein Profil ist UTF-8-Text</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="654"/>
        <source>the key appears twice in one object, first at %1 and again at %2; keep one of them</source>
        <translation>der Schlüssel steht zweimal in einem Objekt, zuerst bei %1 und wieder bei %2; behalten Sie einen davon</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="665"/>
        <source>not valid JSON (the text ends early; is the file truncated?) at %1</source>
        <translation>kein gültiges JSON (der Text endet zu früh; ist die Datei abgeschnitten?) bei %1</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="666"/>
        <source>not valid JSON: extra text after the JSON object at %1</source>
        <translation>kein gültiges JSON: zusätzlicher Text nach dem JSON-Objekt bei %1</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="667"/>
        <source>not valid JSON at %1</source>
        <translation>kein gültiges JSON bei %1</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="675"/>
        <source>not valid JSON: the number %1 is too large for a double at %2</source>
        <translation>kein gültiges JSON: die Zahl %1 ist zu groß für ein double bei %2</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="677"/>
        <source>not valid JSON: a number is too large for a double</source>
        <translation>kein gültiges JSON: eine Zahl ist zu groß für ein double</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="686"/>
        <source>expected &quot;moe-explorer-profile&quot;, got %1</source>
        <translation>erwartet &quot;moe-explorer-profile&quot;, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="691"/>
        <source>this file has format version %1; this program reads up to %2. Update MoE Explorer to open it</source>
        <translation>diese Datei hat Formatversion %1; dieses Programm liest bis %2. Aktualisieren Sie MoE Explorer, um sie zu öffnen</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="709"/>
        <source>the typed overlap fraction is the version 1 model; workload.overlap derives what is hidden from the schedule. Remove one of them</source>
        <translation>der eingetragene Überlappungsanteil ist das Modell der Version 1; workload.overlap leitet das Verborgene aus dem Ablauf ab. Entfernen Sie eines von beiden</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="761"/>
        <source>could not read the profile: %1</source>
        <translation>das Profil konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/profile/profilefile.cpp" line="61"/>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <location filename="../core/profile/profilefile.cpp" line="64"/>
        <source>a FIFO (named pipe)</source>
        <translation>ein FIFO (benannte Pipe)</translation>
    </message>
    <message>
        <location filename="../core/profile/profilefile.cpp" line="67"/>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <location filename="../core/profile/profilefile.cpp" line="70"/>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <location filename="../core/profile/profilefile.cpp" line="72"/>
        <source>not a regular file</source>
        <translation>keine gewöhnliche Datei</translation>
    </message>
    <message>
        <location filename="../core/profile/profilefile.cpp" line="143"/>
        <source>cannot open &quot;%1&quot;: it is a symlink loop (its links lead back to themselves, or through more than 40 links)</source>
        <translation>„%1“ kann nicht geöffnet werden: es ist eine Schleife symbolischer Links (die Links führen zu sich selbst zurück oder über mehr als 40 Links)</translation>
    </message>
    <message>
        <location filename="../core/profile/profilefile.cpp" line="152"/>
        <source>cannot open &quot;%1&quot;: it is a dangling symbolic link to &quot;%2&quot;, which does not exist</source>
        <translation>„%1“ kann nicht geöffnet werden: es ist ein verwaister symbolischer Link auf „%2“, das nicht existiert</translation>
    </message>
    <message>
        <location filename="../core/profile/profilefile.cpp" line="156"/>
        <location filename="../core/profile/hfimport.cpp" line="391"/>
        <source>cannot open &quot;%1&quot;: no such file</source>
        <translation>„%1“ kann nicht geöffnet werden: keine solche Datei</translation>
    </message>
    <message>
        <location filename="../core/profile/profilefile.cpp" line="158"/>
        <source>cannot open &quot;%1&quot; for reading: %2</source>
        <translation>„%1“ kann nicht zum Lesen geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/profile/profilefile.cpp" line="167"/>
        <source>no file named: the profile&apos;s file name is empty</source>
        <translation>keine Datei angegeben: der Dateiname des Profils ist leer</translation>
    </message>
    <message>
        <location filename="../core/profile/profilefile.cpp" line="179"/>
        <location filename="../core/profile/profilefile.cpp" line="199"/>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/profile/profilefile.cpp" line="184"/>
        <source>&quot;%1&quot; is %2, not a regular file; a profile must be a file</source>
        <translation>„%1“ ist %2, keine gewöhnliche Datei; ein Profil muss eine Datei sein</translation>
    </message>
    <message>
        <location filename="../core/profile/profilefile.cpp" line="241"/>
        <source>cannot follow the link &quot;%1&quot;: %2; nothing was written</source>
        <translation>dem Link „%1“ kann nicht gefolgt werden: %2; nichts wurde geschrieben</translation>
    </message>
    <message>
        <location filename="../core/profile/profilefile.cpp" line="248"/>
        <source>&quot;%1&quot; is %2, not a regular file; nothing was written</source>
        <translation>„%1“ ist %2, keine gewöhnliche Datei; nichts wurde geschrieben</translation>
    </message>
    <message>
        <location filename="../core/profile/profilefile.cpp" line="254"/>
        <source>cannot write in the folder of &quot;%1&quot;: %2; the previous file is unchanged</source>
        <translation>im Ordner von „%1“ kann nicht geschrieben werden: %2; die frühere Datei bleibt unverändert</translation>
    </message>
    <message>
        <location filename="../core/profile/profilefile.cpp" line="260"/>
        <source>could not write &quot;%1&quot;: %2; the previous file is unchanged</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2; die frühere Datei bleibt unverändert</translation>
    </message>
    <message>
        <location filename="../core/profile/profilefile.cpp" line="273"/>
        <source>cannot keep the file&apos;s permissions: %1</source>
        <translation>die Zugriffsrechte der Datei können nicht erhalten werden: %1</translation>
    </message>
    <message>
        <location filename="../core/profile/profilefile.cpp" line="284"/>
        <source>could not replace &quot;%1&quot;: %2; the previous file is unchanged</source>
        <translation>„%1“ konnte nicht ersetzt werden: %2; die frühere Datei bleibt unverändert</translation>
    </message>
    <message>
        <location filename="../core/profile/builtins.cpp" line="24"/>
        <source>no built-in profile named &quot;%1&quot;; the built-ins are %2</source>
        <translation>kein mitgeliefertes Profil namens „%1“; die mitgelieferten sind %2</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystems.cpp" line="90"/>
        <source>%1: not a regular file</source>
        <translation>%1: keine gewöhnliche Datei</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystems.cpp" line="94"/>
        <source>%1: larger than 1 MiB; not a system file</source>
        <translation>%1: größer als 1 MiB; keine Systemdatei</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystems.cpp" line="99"/>
        <source>%1: cannot open the file for reading</source>
        <translation>%1: die Datei kann nicht zum Lesen geöffnet werden</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystems.cpp" line="195"/>
        <source>the id is empty</source>
        <translation>die ID ist leer</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystems.cpp" line="198"/>
        <source>the id &quot;%1&quot; is longer than 64 characters</source>
        <translation>die ID „%1“ ist länger als 64 Zeichen</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystems.cpp" line="201"/>
        <source>the id &quot;%1&quot; starts with &quot;.&quot;</source>
        <translation>die ID „%1“ beginnt mit „.“</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystems.cpp" line="207"/>
        <source>the id &quot;%1&quot; holds &quot;%2&quot;; use letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;</source>
        <translation>die ID „%1“ enthält „%2“; verwenden Sie Buchstaben, Ziffern, „.“, „_“ und „-“</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystems.cpp" line="213"/>
        <source>&quot;%1&quot; is a built-in system; give the calibrated one another name</source>
        <translation>„%1“ ist ein mitgeliefertes System; geben Sie dem kalibrierten einen anderen Namen</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystems.cpp" line="226"/>
        <source>%1: no such file</source>
        <translation>%1: keine solche Datei</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystems.cpp" line="238"/>
        <source>%1: /id: &quot;%2&quot; does not match the file name; a system file is named after its id (%2.json)</source>
        <translation>%1: /id: „%2“ passt nicht zum Dateinamen; eine Systemdatei heißt wie ihre ID (%2.json)</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystems.cpp" line="262"/>
        <source>no folder for user systems: neither XDG_DATA_HOME nor HOME is set; nothing was written</source>
        <translation>kein Ordner für Benutzersysteme: weder XDG_DATA_HOME noch HOME ist gesetzt; nichts wurde geschrieben</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystems.cpp" line="268"/>
        <source>cannot create the folder &quot;%1&quot;: %2; nothing was written</source>
        <translation>der Ordner „%1“ kann nicht angelegt werden: %2; nichts wurde geschrieben</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystems.cpp" line="377"/>
        <source>the user system &quot;%1&quot; does not load: %2</source>
        <translation>das Benutzersystem „%1“ lässt sich nicht laden: %2</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystems.cpp" line="384"/>
        <source>unknown system &quot;%1&quot;; the built-in systems are %2</source>
        <translation>unbekanntes System „%1“; die mitgelieferten Systeme sind %2</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystems.cpp" line="387"/>
        <source>unknown system &quot;%1&quot;; the built-in systems are %2; user systems are the ID.json files in %3</source>
        <translation>unbekanntes System „%1“; die mitgelieferten Systeme sind %2; Benutzersysteme sind die Dateien ID.json in %3</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystemfile.cpp" line="69"/>
        <source>expected [rows, columns], got %1</source>
        <translation>erwartet [Zeilen, Spalten], erhalten: %1</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystemfile.cpp" line="98"/>
        <source>expected an array of file names</source>
        <translation>erwartet ein Array von Dateinamen</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystemfile.cpp" line="102"/>
        <source>expected a file name</source>
        <translation>erwartet einen Dateinamen</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystemfile.cpp" line="142"/>
        <source>expected &quot;%1&quot;</source>
        <translation>erwartet &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystemfile.cpp" line="145"/>
        <source>expected 1, the only version of this format</source>
        <translation>erwartet 1, die einzige Version dieses Formats</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystemfile.cpp" line="168"/>
        <source>%1: unknown key, kept as it is</source>
        <translation>%1: unbekannter Schlüssel, unverändert behalten</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystemfile.cpp" line="185"/>
        <source>%1: not valid JSON</source>
        <translation>%1: kein gültiges JSON</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystemfile.cpp" line="189"/>
        <source>%1: could not read the system: %2</source>
        <translation>%1: das System konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="71"/>
        <source>missing: the %1 importer needs &quot;%2&quot;</source>
        <translation>fehlt: der Import für %1 braucht „%2“</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="81"/>
        <source>%1 absent or null: %2 (%3)</source>
        <translation>%1 fehlt oder ist null: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="90"/>
        <source>%1 absent: %2 (%3)</source>
        <translation>%1 fehlt: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="123"/>
        <source>no key/value head count: multi-head attention</source>
        <translation>keine Zahl der Key/Value-Köpfe: Multi-Head-Attention</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="126"/>
        <source>expected a divisor of num_attention_heads (%1), got %2</source>
        <translation>erwartet einen Teiler von num_attention_heads (%1), erhalten: %2</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="135"/>
        <source>hidden_size / num_attention_heads</source>
        <translation>hidden_size / num_attention_heads</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="138"/>
        <source>the transformers default for these models</source>
        <translation>die Voreinstellung von transformers für diese Modelle</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="146"/>
        <location filename="../core/profile/hfimport.cpp" line="325"/>
        <source>no shared experts</source>
        <translation>keine geteilten Experten</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="150"/>
        <location filename="../core/profile/hfimport.cpp" line="173"/>
        <location filename="../core/profile/hfimport.cpp" line="221"/>
        <location filename="../core/profile/hfimport.cpp" line="329"/>
        <source>every layer has experts</source>
        <translation>jede Schicht hat Experten</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="151"/>
        <source>every layer after the dense ones has experts</source>
        <translation>jede Schicht nach den dichten hat Experten</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="152"/>
        <source>%1 is not 1: the model puts all dense layers first; counts are unchanged</source>
        <translation>%1 ist nicht 1: das Modell stellt alle dichten Schichten an den Anfang; die Zahlen bleiben gleich</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="156"/>
        <source>queries projected directly from the hidden state</source>
        <translation>Queries direkt aus dem verborgenen Zustand projiziert</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="163"/>
        <source>no multi-token-prediction module</source>
        <translation>kein Modul zur Mehr-Token-Vorhersage</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="178"/>
        <source>expected a list of layer indices, got %1</source>
        <translation>erwartet eine Liste von Schichtindizes, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="184"/>
        <source>the %1 dense layers (decoder_sparse_step, mlp_only_layers) are placed first</source>
        <translation>die %1 dichten Schichten (decoder_sparse_step, mlp_only_layers) stehen am Anfang</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="192"/>
        <source>Qwen2-MoE&apos;s q/k/v biases (qkv_bias) and shared-expert gate are left out (a few thousand parameters per layer)</source>
        <translation>die q/k/v-Biases (qkv_bias) und das Gate des geteilten Experten von Qwen2-MoE sind weggelassen (einige tausend Parameter pro Schicht)</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="200"/>
        <source>%1 %2 is not a multiple of moe_intermediate_size; modelled as %3 experts</source>
        <translation>%1 %2 ist kein Vielfaches von moe_intermediate_size; modelliert als %3 Experten</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="206"/>
        <location filename="../core/profile/hfimport.cpp" line="332"/>
        <source>attention q/k/v biases left out (a few thousand parameters per layer)</source>
        <translation>q/k/v-Biases der Attention weggelassen (einige tausend Parameter pro Schicht)</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="220"/>
        <source>shared experts: 1 (Llama4TextMoe always has one; the config has no key for it)</source>
        <translation>geteilte Experten: 1 (Llama4TextMoe hat immer einen; die Konfiguration hat keinen Schlüssel dafür)</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="224"/>
        <source>one layer in %1 has experts (interleave_moe_layer_step); the model puts the %2 dense layers first: counts are unchanged</source>
        <translation>eine von %1 Schichten hat Experten (interleave_moe_layer_step); das Modell stellt die %2 dichten Schichten an den Anfang: die Zahlen bleiben gleich</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="229"/>
        <source>chunked attention (attention_chunk_size) is timed as full causal attention</source>
        <translation>abschnittsweise Attention (attention_chunk_size) wird als volle kausale Attention berechnet</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="231"/>
        <source>text model only: the vision encoder is not modelled</source>
        <translation>nur das Textmodell: der Vision-Encoder wird nicht modelliert</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="249"/>
        <source>the file is larger than %1 KiB; a config.json is a few KiB</source>
        <translation>die Datei ist größer als %1 KiB; eine config.json hat wenige KiB</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="270"/>
        <source>not JSON: line %1, column %2: %3</source>
        <translation>kein JSON: Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="276"/>
        <source>expected a JSON object (a config.json), got %1</source>
        <translation>erwartet ein JSON-Objekt (eine config.json), erhalten: %1</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="281"/>
        <source>expected a list naming the model class, one of %1</source>
        <translation>erwartet eine Liste, die die Modellklasse nennt, eine von %1</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="300"/>
        <location filename="../core/profile/hfimport.cpp" line="315"/>
        <source>bias-free attention</source>
        <translation>Attention ohne Bias</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="301"/>
        <source>bias-free MLP</source>
        <translation>MLP ohne Bias</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="306"/>
        <source>missing: the Llama4ForConditionalGeneration importer reads the text model from &quot;text_config&quot;</source>
        <translation>fehlt: der Import für Llama4ForConditionalGeneration liest das Textmodell aus &quot;text_config&quot;</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="316"/>
        <source>attention sinks (one per head and layer) and the router bias are left out; `biases` gives each RMSNorm a bias: under 0.001% of the parameters</source>
        <translation>Attention-Sinks (einer je Kopf und Schicht) und der Router-Bias sind weggelassen; `biases` gibt jeder RMSNorm einen Bias: unter 0,001 % der Parameter</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="319"/>
        <source>sliding-window layers (layer_types, sliding_window) are timed as full causal attention: score FLOPs and KV cache are over-counted for them</source>
        <translation>Schichten mit gleitendem Fenster (layer_types, sliding_window) werden als volle kausale Attention berechnet: Score-FLOPs und KV-Cache sind für sie zu hoch gezählt</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="330"/>
        <source>no multi-token-prediction layer</source>
        <translation>keine Schicht zur Mehr-Token-Vorhersage</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="335"/>
        <source>unsupported architecture &quot;%1&quot;; supported: %2</source>
        <translation>nicht unterstützte Architektur „%1“; unterstützt: %2</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="342"/>
        <source>experts per token (%1) exceed the experts (%2)</source>
        <translation>Experten pro Token (%1) übersteigen die Experten (%2)</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="346"/>
        <source>every layer is dense (%1 of %2), yet the model has experts</source>
        <translation>jede Schicht ist dicht (%1 von %2), doch das Modell hat Experten</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="355"/>
        <source>expected a string such as &quot;fp8&quot; or &quot;mxfp4&quot;</source>
        <translation>erwartet eine Zeichenkette wie &quot;fp8&quot; oder &quot;mxfp4&quot;</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="367"/>
        <source>mxfp4: 4.25 bits for every weight, though attention, router and embeddings stay BF16; GEMMs timed in BF16</source>
        <translation>mxfp4: 4,25 Bit für jedes Gewicht, obwohl Attention, Router und Embeddings BF16 bleiben; GEMMs in BF16 berechnet</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="371"/>
        <source>unsupported quantization &quot;%1&quot;; supported: fp8 (block), mxfp4</source>
        <translation>nicht unterstützte Quantisierung „%1“; unterstützt: fp8 (Block), mxfp4</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="375"/>
        <source>/quantization_config absent: BF16 weights (2 bytes)</source>
        <translation>/quantization_config fehlt: BF16-Gewichte (2 Bytes)</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="395"/>
        <source>&quot;%1&quot; is not a regular file</source>
        <translation>„%1“ ist keine gewöhnliche Datei</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="400"/>
        <source>&quot;%1&quot; is %2 KiB, over the %3 KiB a config.json may have; not read</source>
        <translation>„%1“ hat %2 KiB, mehr als die %3 KiB, die eine config.json haben darf; nicht gelesen</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="410"/>
        <source>cannot read &quot;%1&quot;</source>
        <translation>„%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/profile/composeprofile.cpp" line="36"/>
        <source>no system chosen</source>
        <translation>kein System gewählt</translation>
    </message>
    <message>
        <location filename="../core/profile/composeprofile.cpp" line="40"/>
        <source>the GPU count must be at least 1, got %1</source>
        <translation>die GPU-Anzahl muss mindestens 1 sein, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../core/profile/composeprofile.cpp" line="61"/>
        <source>workload: %1, batch %2 (one sequence per GPU), seq_len %3</source>
        <translation>workload: %1, batch %2 (eine Sequenz pro GPU), seq_len %3</translation>
    </message>
    <message>
        <location filename="../core/profile/composeprofile.cpp" line="62"/>
        <source>workload: %1, batch %2, seq_len %3</source>
        <translation>workload: %1, batch %2, seq_len %3</translation>
    </message>
    <message>
        <location filename="../core/profile/composeprofile.cpp" line="63"/>
        <source>strategy: tp 1, pp 1, dp %1, ep %2</source>
        <translation>strategy: tp 1, pp 1, dp %1, ep %2</translation>
    </message>
    <message>
        <location filename="../core/profile/composeprofile.cpp" line="71"/>
        <source>the generated profile does not load: %1</source>
        <translation>das erzeugte Profil lässt sich nicht laden: %1</translation>
    </message>
    <message>
        <location filename="../core/profile/recomputemodules.cpp" line="36"/>
        <source>expected an array of module names (%1), got %2</source>
        <translation>erwartet ein Array von Modulnamen (%1), erhalten: %2</translation>
    </message>
    <message>
        <location filename="../core/profile/recomputemodules.cpp" line="44"/>
        <source>expected a module name (%1), got %2</source>
        <translation>erwartet einen Modulnamen (%1), erhalten: %2</translation>
    </message>
    <message>
        <location filename="../core/profile/recomputemodules.cpp" line="49"/>
        <source>recomputing &quot;%1&quot; is not modelled; use one of %2, or recompute &quot;full&quot;</source>
        <translation>die Neuberechnung von „%1“ ist nicht modelliert; verwenden Sie eines von %2 oder recompute &quot;full&quot;</translation>
    </message>
    <message>
        <location filename="../core/profile/recomputemodules.cpp" line="60"/>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>„%1“ steht zweimal in der Liste</translation>
    </message>
    <message>
        <location filename="../core/profile/recomputemodules.cpp" line="63"/>
        <source>&quot;mla_up_proj&quot; needs a model with multi-head latent attention (model.mla)</source>
        <translation>&quot;mla_up_proj&quot; braucht ein Modell mit Multi-Head Latent Attention (model.mla)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/export/exporter.cpp" line="59"/>
        <source>%1: the file name must end in .png, .svg or .pdf</source>
        <translation>%1: Der Dateiname muss auf .png, .svg oder .pdf enden</translation>
    </message>
    <message>
        <location filename="../ui/export/exporter.cpp" line="95"/>
        <source>cannot write %1: the drawing came out empty</source>
        <translation>%1 kann nicht geschrieben werden: Die Zeichnung ist leer</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/document/checkedwrite.cpp" line="12"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/document/checkedwrite.cpp" line="15"/>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location filename="../ui/document/checkedwrite.cpp" line="17"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../ui/document/checkedwrite.cpp" line="28"/>
        <source>write failed</source>
        <translation>Schreiben fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/document/checkedwrite.cpp" line="29"/>
        <location filename="../ui/document/checkedwrite.cpp" line="34"/>
        <source>%1 (%2 written of %3)</source>
        <translation>%1 (%2 von %3 geschrieben)</translation>
    </message>
    <message>
        <location filename="../ui/document/checkedwrite.cpp" line="44"/>
        <location filename="../ui/document/fileset.cpp" line="61"/>
        <location filename="../ui/document/fileset.cpp" line="69"/>
        <location filename="../ui/document/fileset.cpp" line="72"/>
        <location filename="../ui/document/fileset.cpp" line="79"/>
        <location filename="../ui/export/exporter.cpp" line="74"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/document/checkedwrite.cpp" line="48"/>
        <location filename="../ui/document/checkedwrite.cpp" line="51"/>
        <source>cannot write %1: %2; the previous file, if any, is unchanged</source>
        <translation>%1 kann nicht geschrieben werden: %2; eine frühere Datei bleibt unverändert</translation>
    </message>
    <message>
        <location filename="../ui/export/exporter.cpp" line="83"/>
        <source>Exported from MoE Explorer</source>
        <translation>Aus MoE Explorer exportiert</translation>
    </message>
    <message>
        <location filename="../ui/export/viewexport.cpp" line="54"/>
        <source>GPU grid: %1</source>
        <translation>GPU-Raster: %1</translation>
    </message>
    <message>
        <location filename="../ui/export/viewexport.cpp" line="56"/>
        <source>Step time by component: %1</source>
        <translation>Schrittzeit nach Komponente: %1</translation>
    </message>
    <message>
        <location filename="../ui/export/viewexport.cpp" line="58"/>
        <source>Memory per GPU: %1</source>
        <translation>Speicher pro GPU: %1</translation>
    </message>
    <message>
        <location filename="../ui/export/viewexport.cpp" line="62"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/export/reportexport.cpp" line="84"/>
        <source>%1: the report&apos;s file name must end in .md, .html or .pdf</source>
        <translation>%1: Der Dateiname des Berichts muss auf .md, .html oder .pdf enden</translation>
    </message>
    <message>
        <location filename="../ui/document/fileset.cpp" line="45"/>
        <source>cannot write %1: too many levels of symbolic links</source>
        <translation>%1 kann nicht geschrieben werden: zu viele Ebenen symbolischer Links</translation>
    </message>
    <message>
        <location filename="../ui/document/fileset.cpp" line="49"/>
        <source>cannot write %1: it is a folder or other non-file</source>
        <translation>%1 kann nicht geschrieben werden: Es ist ein Ordner oder keine gewöhnliche Datei</translation>
    </message>
    <message>
        <location filename="../ui/document/fileset.cpp" line="65"/>
        <source>cannot write %1: no free temporary name in its folder</source>
        <translation>%1 kann nicht geschrieben werden: kein freier temporärer Name in seinem Ordner</translation>
    </message>
    <message>
        <location filename="../ui/document/fileset.cpp" line="75"/>
        <source>cannot keep the permissions of %1: %2</source>
        <translation>Die Zugriffsrechte von %1 können nicht erhalten werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/document/fileset.cpp" line="99"/>
        <source>; no file was changed</source>
        <translation>; keine Datei wurde verändert</translation>
    </message>
    <message>
        <location filename="../ui/document/fileset.cpp" line="107"/>
        <source>cannot replace %1: %2</source>
        <translation>%1 kann nicht ersetzt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/export/exporttitleblock.cpp" line="45"/>
        <source>TP %1 · PP %2 · DP %3 · EP %4 · ETP %5</source>
        <translation>TP %1 · PP %2 · DP %3 · EP %4 · ETP %5</translation>
    </message>
    <message>
        <location filename="../ui/export/exporttitleblock.cpp" line="52"/>
        <source>training, global batch %1 x %2 tokens, %3 micro-batches</source>
        <translation>Training, globaler Batch %1 x %2 Tokens, %3 Micro-Batches</translation>
    </message>
    <message>
        <location filename="../ui/export/exporttitleblock.cpp" line="55"/>
        <source>prefill, batch %1 x %2 tokens</source>
        <translation>Prefill, Batch %1 x %2 Tokens</translation>
    </message>
    <message>
        <location filename="../ui/export/exporttitleblock.cpp" line="57"/>
        <source>decode, batch %1, context %2 tokens</source>
        <translation>Decode, Batch %1, Kontext %2 Tokens</translation>
    </message>
    <message>
        <location filename="../ui/export/searchexport.cpp" line="81"/>
        <source>Search results, throughput per GPU against step time: %1</source>
        <translation>Suchergebnisse, Durchsatz pro GPU gegenüber Schrittzeit: %1</translation>
    </message>
    <message>
        <location filename="../ui/export/searchexport.cpp" line="90"/>
        <source>Feasibility map, %1 by %2: %3</source>
        <translation>Machbarkeitskarte, %1 nach %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/export/searchexport.cpp" line="143"/>
        <source>%1: there are no search results to export; run a search first</source>
        <translation>%1: Es gibt keine Suchergebnisse zum Exportieren; führen Sie zuerst eine Suche aus</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../ui/document/backgroundload.cpp" line="29"/>
        <source>Reading %1 (%2 MB)…</source>
        <translation>%1 wird gelesen (%2 MB)…</translation>
    </message>
</context>
<context>
    <name>Ranking</name>
    <message>
        <location filename="../core/report/reportbuilder.h" line="66"/>
        <source>%1 less headroom; most of it %2 (+%3)</source>
        <translation>%1 weniger Reserve; das meiste davon %2 (+%3)</translation>
    </message>
    <message>
        <location filename="../core/report/reportbuilder.h" line="88"/>
        <source>%1 throughput</source>
        <translation>%1 Durchsatz</translation>
    </message>
    <message>
        <location filename="../core/report/reportbuilder.h" line="91"/>
        <source>%1 step time</source>
        <translation>%1 Schrittzeit</translation>
    </message>
    <message>
        <location filename="../core/report/reportbuilder.h" line="94"/>
        <source>%1 throughput per GPU</source>
        <translation>%1 Durchsatz pro GPU</translation>
    </message>
    <message>
        <location filename="../core/report/reportbuilder.h" line="103"/>
        <source>; on %1 GPUs against %2 (%3 per GPU)</source>
        <translation>; auf %1 GPUs gegenüber %2 (%3 pro GPU)</translation>
    </message>
    <message>
        <location filename="../core/report/reportbuilder.h" line="112"/>
        <source>; mostly %1 (+%2 of GPU time per step)</source>
        <translation>; vor allem %1 (+%2 GPU-Zeit pro Schritt)</translation>
    </message>
    <message>
        <location filename="../core/report/reportbuilder.h" line="115"/>
        <source>; mostly %1 (+%2)</source>
        <translation>; vor allem %1 (+%2)</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../core/report/reportbuilder.h" line="36"/>
        <source>%1, %2 micro-batch, recompute %3</source>
        <translation>%1, %2 Micro-Batch, Neuberechnung %3</translation>
    </message>
    <message>
        <location filename="../core/report/reportbuilder.h" line="38"/>
        <source>%1, %2 micro-batches, recompute %3</source>
        <translation>%1, %2 Micro-Batches, Neuberechnung %3</translation>
    </message>
    <message>
        <location filename="../core/report/reportbuilder.h" line="41"/>
        <source>%1, %2 micro-batch</source>
        <translation>%1, %2 Micro-Batch</translation>
    </message>
    <message>
        <location filename="../core/report/reportbuilder.h" line="42"/>
        <source>%1, %2 micro-batches</source>
        <translation>%1, %2 Micro-Batches</translation>
    </message>
    <message>
        <location filename="../core/report/reportbuilder.h" line="200"/>
        <source>the space has over %1 configurations, the search limit (docs/cli.md)</source>
        <translation>der Raum hat über %1 Konfigurationen, die Grenze der Suche (docs/cli.md)</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="84"/>
        <source>%1… (the first %2 of %3 characters)</source>
        <translation>%1… (die ersten %2 von %3 Zeichen)</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="95"/>
        <source>this strategy was not ranked: %1</source>
        <translation>diese Strategie wurde nicht eingestuft: %1</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="96"/>
        <source>it was not ranked: %1</source>
        <translation>sie wurde nicht eingestuft: %1</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="101"/>
        <source>this strategy is not among the %1 feasible configurations</source>
        <translation>diese Strategie ist nicht unter den %1 machbaren Konfigurationen</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="102"/>
        <source>it is not among the %1 feasible configurations</source>
        <translation>sie ist nicht unter den %1 machbaren Konfigurationen</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="106"/>
        <source>, on the Pareto front of throughput per GPU against step time</source>
        <translation>, auf der Pareto-Front von Durchsatz pro GPU gegen Schrittzeit</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="109"/>
        <source>this strategy ranks %1 of %2 feasible configurations by %3%4</source>
        <translation>diese Strategie steht auf Platz %1 von %2 machbaren Konfigurationen nach %3%4</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="111"/>
        <source>it ranks %1 of %2 feasible configurations by %3%4</source>
        <translation>sie steht auf Platz %1 von %2 machbaren Konfigurationen nach %3%4</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="117"/>
        <source>Parallel strategy review: %1</source>
        <translation>Prüfung der Parallelstrategie: %1</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="138"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="141"/>
        <source>The strategy %1 cannot run: %2: %3.</source>
        <translation>Die Strategie %1 kann nicht laufen: %2: %3.</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="145"/>
        <source>It passes all %1 checks.</source>
        <translation>Sie besteht alle %1 Prüfungen.</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="147"/>
        <source>It fails:</source>
        <translation>Sie scheitert an:</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="151"/>
        <source> %1 (%2)</source>
        <translation> %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="155"/>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="157"/>
        <source>Strategy %1 on %2 of %3 GPUs: step time %4%5, throughput %6 (%7 per GPU), MFU %8; </source>
        <translation>Strategie %1 auf %2 von %3 GPUs: Schrittzeit %4%5, Durchsatz %6 (%7 pro GPU), MFU %8; </translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="162"/>
        <source>the fullest GPU holds %1 of %2. %3</source>
        <translation>die vollste GPU belegt %1 von %2. %3</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="166"/>
        <source>An exhaustive search evaluated %1 configurations; %2 are feasible; %3. </source>
        <translation>Eine vollständige Suche wertete %1 Konfigurationen aus; %2 sind machbar; %3. </translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="169"/>
        <source>The best is %1 on %2 GPUs at %3 and %4 per step.</source>
        <translation>Die beste ist %1 auf %2 GPUs mit %3 und %4 pro Schritt.</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="179"/>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="181"/>
        <source>%1 GB/s per GPU, %2 us</source>
        <translation>%1 GB/s pro GPU, %2 µs</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="183"/>
        <location filename="../core/report/report.cpp" line="233"/>
        <source>item</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="183"/>
        <location filename="../core/report/report.cpp" line="233"/>
        <location filename="../core/report/report.cpp" line="392"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="184"/>
        <location filename="../core/report/reportsections.cpp" line="116"/>
        <location filename="../core/report/reportserving.cpp" line="92"/>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="185"/>
        <source>%1 in %2 nodes of %3</source>
        <translation>%1 in %2 Knoten zu je %3</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="189"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="190"/>
        <source>memory per GPU</source>
        <translation>Speicher pro GPU</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="191"/>
        <source>peak compute</source>
        <translation>Spitzenrechenleistung</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="192"/>
        <source>HBM bandwidth</source>
        <translation>HBM-Bandbreite</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="193"/>
        <source>intra-node link</source>
        <translation>Verbindung im Knoten</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="194"/>
        <source>inter-node link</source>
        <translation>Verbindung zwischen Knoten</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="195"/>
        <source>efficiency (compute, HBM, network)</source>
        <translation>Effizienz (Rechnen, HBM, Netz)</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="197"/>
        <source>communication overlap</source>
        <translation>Überlappung der Kommunikation</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="198"/>
        <source>runtime reserve</source>
        <translation>Laufzeitreserve</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="207"/>
        <source>Model and workload</source>
        <translation>Modell und Last</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="208"/>
        <source>MLA, latent %1</source>
        <translation>MLA, latent %1</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="211"/>
        <source>%1 routed (top-%2), %3 shared, FFN %4, gated</source>
        <translation>%1 geroutet (Top-%2), %3 geteilt, FFN %4, gated</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="213"/>
        <source>%1 routed (top-%2), %3 shared, FFN %4</source>
        <translation>%1 geroutet (Top-%2), %3 geteilt, FFN %4</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="216"/>
        <source>layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="217"/>
        <source>%1 (%2 dense, %3 MoE)</source>
        <translation>%1 (%2 dicht, %3 MoE)</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="218"/>
        <source>hidden size</source>
        <translation>verborgene Größe</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="219"/>
        <source>attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="220"/>
        <source>%1 heads, %2 KV heads, %3</source>
        <translation>%1 Köpfe, %2 KV-Köpfe, %3</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="221"/>
        <source>experts</source>
        <translation>Experten</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="222"/>
        <source>parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="223"/>
        <source>%1 total, %2 active per token</source>
        <translation>%1 insgesamt, %2 aktiv pro Token</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="225"/>
        <source>bytes per weight, activation, KV element</source>
        <translation>Bytes pro Gewicht, Aktivierung, KV-Element</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="227"/>
        <source>workload</source>
        <translation>Last</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="228"/>
        <source>%1, batch %2 x %3 tokens, %4 micro-batch(es)</source>
        <translation>%1, Batch %2 x %3 Tokens, %4 Micro-Batch(es)</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="231"/>
        <source>recomputation</source>
        <translation>Neuberechnung</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="252"/>
        <source>The chosen strategy and why</source>
        <translation>Die gewählte Strategie und warum</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="255"/>
        <location filename="../core/report/reportsections.cpp" line="42"/>
        <source>GPUs used</source>
        <translation>genutzte GPUs</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="255"/>
        <source>placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="261"/>
        <source>Search: %1.</source>
        <translation>Suche: %1.</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="265"/>
        <source>Against the best (%1): %2.</source>
        <translation>Gegenüber der besten (%1): %2.</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="269"/>
        <source>Memory headroom on the fullest GPU: %1.</source>
        <translation>Speicherreserve auf der vollsten GPU: %1.</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="271"/>
        <source>Exposed communication: %1 of the step.</source>
        <translation>Sichtbare Kommunikation: %1 des Schritts.</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="283"/>
        <source> ±%1 (%2 to %3, the leave-one-out band of calibrated system &quot;%4&quot;)</source>
        <translation> ±%1 (%2 bis %3, das Leave-one-out-Band des kalibrierten Systems „%4“)</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="293"/>
        <source>Latency breakdown</source>
        <translation>Aufschlüsselung der Latenz</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="294"/>
        <source>Step time by component (%1%2 in all)</source>
        <translation>Schrittzeit nach Komponente (%1%2 insgesamt)</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="296"/>
        <source>component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="296"/>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="297"/>
        <source>share of the step</source>
        <translation>Anteil am Schritt</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="311"/>
        <location filename="../core/report/reportsections.cpp" line="66"/>
        <source>%1 (credit)</source>
        <translation>%1 (Gutschrift)</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="315"/>
        <location filename="../core/report/report.cpp" line="379"/>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="326"/>
        <source>Accuracy on measured runs</source>
        <translation>Genauigkeit an gemessenen Läufen</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="329"/>
        <source>No measured run checks these figures: the profile names no system, and every run in docs/validation.md is predicted with a system&apos;s kernel-level model.</source>
        <translation>Kein gemessener Lauf prüft diese Werte: Das Profil nennt kein System, und jeder Lauf in docs/validation.md wird mit dem Kernel-Modell eines Systems vorhergesagt.</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="338"/>
        <source>No measured run of this kind (%1) is in docs/validation.md.</source>
        <translation>docs/validation.md enthält keinen gemessenen Lauf dieser Art (%1).</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="341"/>
        <source>On %1 measured runs of this kind (%2) on %3 systems (docs/validation.md), the predicted throughput differed from the measured by %4 to %5, by %6 on average either way; a positive difference is a prediction faster than the run.</source>
        <translation>Bei %1 gemessenen Läufen dieser Art (%2) auf %3 Systemen (docs/validation.md) wich der vorhergesagte Durchsatz um %4 bis %5 vom gemessenen ab, im Mittel um %6 in die eine oder andere Richtung; eine positive Abweichung ist eine Vorhersage, die schneller ist als der Lauf.</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="347"/>
        <source>None of them ran on %1.</source>
        <translation>Keiner davon lief auf %1.</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="350"/>
        <source>measured run on %1</source>
        <translation>gemessener Lauf auf %1</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="351"/>
        <source>throughput error</source>
        <translation>Durchsatzfehler</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="364"/>
        <source>Memory per GPU</source>
        <translation>Speicher pro GPU</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="365"/>
        <source>Memory by component against the GPU&apos;s capacity</source>
        <translation>Speicher nach Komponente gegen die Kapazität der GPU</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="366"/>
        <source>component (GPU %1, the fullest)</source>
        <translation>Komponente (GPU %1, die vollste)</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="367"/>
        <source>memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="367"/>
        <source>share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="380"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="389"/>
        <source>Load balance</source>
        <translation>Lastverteilung</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="390"/>
        <source>Every GPU of the cluster, coloured by its load: the tokens routed to its experts per step; hatched GPUs are idle</source>
        <translation>Jede GPU des Clusters, gefärbt nach ihrer Last: die pro Schritt zu ihren Experten gerouteten Tokens; schraffierte GPUs sind ungenutzt</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="392"/>
        <source>measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="393"/>
        <source>busiest EP rank over the mean</source>
        <translation>meistbelasteter EP-Rang gegenüber dem Mittel</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="394"/>
        <source>%1x</source>
        <translation>%1-fach</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="395"/>
        <source>expert slots per GPU</source>
        <translation>Experten-Slots pro GPU</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="396"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="398"/>
        <source>assignments dropped over capacity</source>
        <translation>über der Kapazität verworfene Zuweisungen</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="406"/>
        <source>Constraint checks</source>
        <translation>Prüfungen der Grenzen</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="407"/>
        <source>check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="407"/>
        <source>result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="408"/>
        <source>detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="413"/>
        <location filename="../core/report/reportsections.cpp" line="36"/>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="413"/>
        <location filename="../core/report/reportsections.cpp" line="37"/>
        <source>FAIL</source>
        <translation>NICHT BESTANDEN</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="15"/>
        <source>Comparison with the baseline</source>
        <translation>Vergleich mit der Vergleichsbasis</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="17"/>
        <source>The profile names no baseline deployment.</source>
        <translation>Das Profil nennt keine Vergleichsbasis.</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="23"/>
        <source>The baseline %1 cannot run: %2: %3.</source>
        <translation>Die Vergleichsbasis %1 kann nicht laufen: %2: %3.</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="33"/>
        <source>chosen</source>
        <translation>gewählt</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="34"/>
        <source>baseline</source>
        <translation>Vergleichsbasis</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="35"/>
        <source>change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="39"/>
        <source>figure</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="40"/>
        <location filename="../core/report/reportsections.cpp" line="115"/>
        <source>strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="45"/>
        <location filename="../core/report/reportsections.cpp" line="117"/>
        <source>step time</source>
        <translation>Schrittzeit</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="47"/>
        <location filename="../core/report/reportsections.cpp" line="116"/>
        <source>throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="49"/>
        <source>throughput per GPU</source>
        <translation>Durchsatz pro GPU</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="51"/>
        <source>fullest GPU&apos;s memory</source>
        <translation>Speicher der vollsten GPU</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="53"/>
        <source>verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="58"/>
        <source>step time by component</source>
        <translation>Schrittzeit nach Komponente</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="69"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="78"/>
        <source>The baseline fails %1: %2.</source>
        <translation>Die Vergleichsbasis scheitert an %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="88"/>
        <source>Alternatives the search ranked</source>
        <translation>Von der Suche eingestufte Alternativen</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="90"/>
        <source>Not searched: %1.</source>
        <translation>Nicht gesucht: %1.</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="94"/>
        <source>No configuration satisfies every constraint.</source>
        <translation>Keine Konfiguration erfüllt alle Grenzen.</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="100"/>
        <source>%1 by %2</source>
        <translation>%1 wegen %2</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="100"/>
        <source>, %1 by %2</source>
        <translation>, %1 wegen %2</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="108"/>
        <source>Evaluated %1 configurations: %2 feasible, %3 rejected. </source>
        <translation>%1 Konfigurationen ausgewertet: %2 machbar, %3 verworfen. </translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="110"/>
        <source>Evaluated %1 configurations: %2 feasible, %3 rejected (%4). </source>
        <translation>%1 Konfigurationen ausgewertet: %2 machbar, %3 verworfen (%4). </translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="112"/>
        <source>Ranked by %1; * marks the Pareto front.</source>
        <translation>Eingestuft nach %1; * markiert die Pareto-Front.</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="115"/>
        <source>rank</source>
        <translation>Platz</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="117"/>
        <source>fullest GPU</source>
        <translation>vollste GPU</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="118"/>
        <source>why it ranks below the first</source>
        <translation>warum sie hinter der ersten liegt</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="123"/>
        <source>the best</source>
        <translation>die beste</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="136"/>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="145"/>
        <source>Memory: %1 left of %2 on GPU %3 (under 10%); longer sequences or a larger batch will not fit.</source>
        <translation>Speicher: %1 frei von %2 auf GPU %3 (unter 10 %); längere Sequenzen oder ein größerer Batch passen nicht.</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="150"/>
        <source>Communication: %1 of the step is exposed communication (over 30%); link bandwidth decides the step.</source>
        <translation>Kommunikation: %1 des Schritts ist sichtbare Kommunikation (über 30 %); die Bandbreite der Verbindungen bestimmt den Schritt.</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="155"/>
        <source>Pipeline bubble: %1 of the step (over 10%); more micro-batches would shrink it.</source>
        <translation>Pipeline-Blase: %1 des Schritts (über 10 %); mehr Micro-Batches würden sie verkleinern.</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="160"/>
        <source>Load imbalance: the busiest EP rank carries %1x the mean (over 1.1x).</source>
        <translation>Ungleichgewicht: der meistbelastete EP-Rang trägt das %1-Fache des Mittels (über 1,1-fach).</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="164"/>
        <source>Dropped tokens: %1 of assignments exceed expert capacity.</source>
        <translation>Verworfene Tokens: %1 der Zuweisungen überschreiten die Expertenkapazität.</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="182"/>
        <source>Model accuracy: on measured runs of this kind the predicted throughput differed by %1 to %2, beyond the target of 15% either way; see &quot;Accuracy on measured runs&quot;.</source>
        <translation>Modellgenauigkeit: Bei gemessenen Läufen dieser Art wich der vorhergesagte Durchsatz um %1 bis %2 ab, mehr als das Ziel von 15 % in beide Richtungen; siehe „Genauigkeit an gemessenen Läufen“.</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="188"/>
        <source>Utilisation: %1 of %2 GPUs stay idle.</source>
        <translation>Auslastung: %1 von %2 GPUs bleiben ungenutzt.</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="193"/>
        <source>None above the thresholds (memory headroom under 10%, exposed communication over 30%, bubble over 10%, imbalance over 1.1x, dropped tokens, half the GPUs idle, the model off measured runs of this kind by over 15%).</source>
        <translation>Keines über den Schwellen (Speicherreserve unter 10 %, sichtbare Kommunikation über 30 %, Blase über 10 %, Ungleichgewicht über 1,1-fach, verworfene Tokens, die Hälfte der GPUs ungenutzt, das Modell bei gemessenen Läufen dieser Art um über 15 % daneben).</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="203"/>
        <source>Next scaling steps</source>
        <translation>Nächste Skalierungsschritte</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="210"/>
        <source>Nothing is feasible with the profile&apos;s own placement, redundant experts and capacity factor; the cheapest change is to %1.</source>
        <translation>Mit der eigenen Platzierung, den redundanten Experten und dem Kapazitätsfaktor des Profils ist nichts machbar; die günstigste Änderung: %1.</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="225"/>
        <source>No larger cluster studied: %1 GPUs is above the cap of %2 GPUs a profile may name.</source>
        <translation>Kein größerer Cluster untersucht: %1 GPUs liegen über der Obergrenze von %2 GPUs, die ein Profil nennen darf.</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="230"/>
        <source>No larger cluster studied: on %1 GPUs the space has over %2 configurations, the search limit (docs/cli.md).</source>
        <translation>Kein größerer Cluster untersucht: auf %1 GPUs hat der Raum über %2 Konfigurationen, die Grenze der Suche (docs/cli.md).</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="242"/>
        <source>With %1 GPUs the best configuration would be %2 on %3 GPUs: %4 (%5 against today&apos;s best), %6 per step.</source>
        <translation>Mit %1 GPUs wäre die beste Konfiguration %2 auf %3 GPUs: %4 (%5 gegenüber der heute besten), %6 pro Schritt.</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="250"/>
        <source>On today&apos;s cluster, moving to the search&apos;s best gains %1 throughput.</source>
        <translation>Auf dem heutigen Cluster brächte der Wechsel zur besten der Suche %1 Durchsatz.</translation>
    </message>
    <message>
        <location filename="../core/report/reportserving.cpp" line="28"/>
        <source>%1 prefill %2 x%3 + %4 decode %5</source>
        <translation>%1 Prefill %2 x%3 + %4 Decode %5</translation>
    </message>
    <message>
        <location filename="../core/report/reportserving.cpp" line="36"/>
        <source>%1 on %2 GPUs: TTFT %3, TPOT %4, %5 output tokens/s per GPU</source>
        <translation>%1 auf %2 GPUs: TTFT %3, TPOT %4, %5 Ausgabe-Tokens/s pro GPU</translation>
    </message>
    <message>
        <location filename="../core/report/reportserving.cpp" line="48"/>
        <source>Serving</source>
        <translation>Inferenzbetrieb</translation>
    </message>
    <message>
        <location filename="../core/report/reportserving.cpp" line="50"/>
        <source>The profile states no serving targets: add workload.serving (isl, osl and optionally ttft_ms, tpot_ms) to plan serving against them (docs/serving.md).</source>
        <translation>Das Profil nennt keine Ziele für den Inferenzbetrieb: ergänzen Sie workload.serving (isl, osl und wahlweise ttft_ms, tpot_ms), um danach zu planen (docs/serving.md).</translation>
    </message>
    <message>
        <location filename="../core/report/reportserving.cpp" line="58"/>
        <source>, TTFT at most %1</source>
        <translation>, TTFT höchstens %1</translation>
    </message>
    <message>
        <location filename="../core/report/reportserving.cpp" line="61"/>
        <source>, TPOT at most %1</source>
        <translation>, TPOT höchstens %1</translation>
    </message>
    <message>
        <location filename="../core/report/reportserving.cpp" line="67"/>
        <source>Disaggregated serving of requests of %1 input and %2 output tokens%3: %4 deployments timed (docs/serving.md).</source>
        <translation>Getrennter Inferenzbetrieb für Anfragen mit %1 Eingabe- und %2 Ausgabe-Tokens%3: %4 Bereitstellungen berechnet (docs/serving.md).</translation>
    </message>
    <message>
        <location filename="../core/report/reportserving.cpp" line="70"/>
        <source>Aggregated serving of requests of %1 input and %2 output tokens%3: %4 deployments timed (docs/serving.md).</source>
        <translation>Gemeinsamer Inferenzbetrieb für Anfragen mit %1 Eingabe- und %2 Ausgabe-Tokens%3: %4 Bereitstellungen berechnet (docs/serving.md).</translation>
    </message>
    <message>
        <location filename="../core/report/reportserving.cpp" line="74"/>
        <source>Best meeting the targets: %1. %2</source>
        <translation>Beste, die die Ziele erfüllt: %1. %2</translation>
    </message>
    <message>
        <source>Best meeting the targets: %1.</source>
        <translation type="vanished">Beste, die die Ziele erfüllt: %1.</translation>
    </message>
    <message>
        <location filename="../core/report/reportserving.cpp" line="77"/>
        <source>%1; closest: %2.</source>
        <translation>%1; am nächsten: %2.</translation>
    </message>
    <message>
        <location filename="../core/report/reportserving.cpp" line="84"/>
        <source>This profile&apos;s own deployment, with its batch as the concurrency: %1; it meets the targets.</source>
        <translation>Die eigene Bereitstellung des Profils, mit seinem Batch als Nebenläufigkeit: %1; sie erfüllt die Ziele.</translation>
    </message>
    <message>
        <location filename="../core/report/reportserving.cpp" line="87"/>
        <source>This profile&apos;s own deployment, with its batch as the concurrency: %1; it misses a target.</source>
        <translation>Die eigene Bereitstellung des Profils, mit seinem Batch als Nebenläufigkeit: %1; sie verfehlt ein Ziel.</translation>
    </message>
    <message>
        <location filename="../core/report/reportserving.cpp" line="91"/>
        <source>tokens/s per user</source>
        <translation>Tokens/s pro Nutzer</translation>
    </message>
    <message>
        <location filename="../core/report/reportserving.cpp" line="92"/>
        <source>output tokens/s per GPU</source>
        <translation>Ausgabe-Tokens/s pro GPU</translation>
    </message>
    <message>
        <location filename="../core/report/reportserving.cpp" line="93"/>
        <source>deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <location filename="../core/report/reportserving.cpp" line="98"/>
        <source>The first %1 of the front&apos;s %2 points, by output tokens/s per GPU:</source>
        <translation>Die ersten %1 der %2 Punkte der Front, nach Ausgabe-Tokens/s pro GPU:</translation>
    </message>
    <message>
        <location filename="../core/report/reportserving.cpp" line="110"/>
        <source>%1 (best)</source>
        <translation>%1 (beste)</translation>
    </message>
</context>
<context>
    <name>ReportName</name>
    <message>
        <location filename="../core/report/report.cpp" line="18"/>
        <source>throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="20"/>
        <source>latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="22"/>
        <source>throughput-per-gpu</source>
        <translation>Durchsatz pro GPU</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="24"/>
        <source>headroom</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="33"/>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="35"/>
        <source>prefill</source>
        <translation>Prefill</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="37"/>
        <source>decode</source>
        <translation>Decode</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="46"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="48"/>
        <source>selective</source>
        <translation>selektiv</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="50"/>
        <source>full</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="59"/>
        <source>contiguous</source>
        <translation>zusammenhängend</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="61"/>
        <source>round_robin</source>
        <translation>reihum</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="63"/>
        <source>balanced</source>
        <translation>ausgeglichen</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="65"/>
        <source>eplb</source>
        <translation>EPLB</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="67"/>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="334"/>
        <source>dense training</source>
        <translation>Dense-Training</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="335"/>
        <source>MoE training</source>
        <translation>MoE-Training</translation>
    </message>
</context>
<context>
    <name>ServingPlan</name>
    <message>
        <location filename="../core/search/servingplan.cpp" line="349"/>
        <source>TTFT &lt;= %1 or TPOT &lt;= %2</source>
        <translation>TTFT &lt;= %1 oder TPOT &lt;= %2</translation>
    </message>
    <message>
        <location filename="../core/search/servingplan.cpp" line="353"/>
        <source>TTFT &lt;= %1 and TPOT &lt;= %2</source>
        <translation>TTFT &lt;= %1 und TPOT &lt;= %2</translation>
    </message>
    <message>
        <location filename="../core/search/servingplan.cpp" line="357"/>
        <source>TTFT &lt;= %1</source>
        <translation>TTFT &lt;= %1</translation>
    </message>
    <message>
        <location filename="../core/search/servingplan.cpp" line="360"/>
        <source>TPOT &lt;= %1</source>
        <translation>TPOT &lt;= %1</translation>
    </message>
    <message>
        <location filename="../core/search/servingplan.cpp" line="483"/>
        <source>No deployment gives more output tokens/s per GPU.</source>
        <translation>Keine Bereitstellung liefert mehr Ausgabetoken/s je GPU.</translation>
    </message>
    <message>
        <location filename="../core/search/servingplan.cpp" line="488"/>
        <source>The one deployment giving more per GPU misses %1, though faster per user too; the rest give no more per GPU.</source>
        <translation>Die eine Bereitstellung mit mehr je GPU verfehlt %1, obwohl sie auch je Nutzer schneller ist; die übrigen liefern nicht mehr je GPU.</translation>
    </message>
    <message>
        <location filename="../core/search/servingplan.cpp" line="492"/>
        <source>The one deployment giving more per GPU misses %1; the rest give no more per GPU.</source>
        <translation>Die eine Bereitstellung mit mehr je GPU verfehlt %1; die übrigen liefern nicht mehr je GPU.</translation>
    </message>
    <message>
        <location filename="../core/search/servingplan.cpp" line="498"/>
        <source>The %1 deployments giving more per GPU each miss %2 (%3 of them are faster per user too); the rest give no more per GPU.</source>
        <translation>Die %1 Bereitstellungen mit mehr je GPU verfehlen jeweils %2 (%3 davon sind auch je Nutzer schneller); die übrigen liefern nicht mehr je GPU.</translation>
    </message>
    <message>
        <location filename="../core/search/servingplan.cpp" line="503"/>
        <source>The %1 deployments giving more per GPU each miss %2; the rest give no more per GPU.</source>
        <translation>Die %1 Bereitstellungen mit mehr je GPU verfehlen jeweils %2; die übrigen liefern nicht mehr je GPU.</translation>
    </message>
    <message>
        <source>The %1 deployments giving more per GPU each miss %2 (%3 of them are faster per user too); the rest give less per GPU.</source>
        <translation type="vanished">Die %1 Bereitstellungen mit mehr je GPU verfehlen jeweils %2 (%3 davon sind auch je Nutzer schneller); die übrigen liefern weniger je GPU.</translation>
    </message>
    <message>
        <source>The %1 deployments giving more per GPU each miss %2; the rest give less per GPU.</source>
        <translation type="vanished">Die %1 Bereitstellungen mit mehr je GPU verfehlen jeweils %2; die übrigen liefern weniger je GPU.</translation>
    </message>
    <message>
        <location filename="../core/search/servingplan.cpp" line="573"/>
        <source>no prefill worker and decode worker fit the cluster&apos;s %1 GPUs together; serve aggregated</source>
        <translation>kein Prefill-Worker passt zusammen mit einem Decode-Worker auf die %1 GPUs des Clusters; aggregiert bereitstellen</translation>
    </message>
    <message>
        <location filename="../core/search/servingplan.cpp" line="588"/>
        <source>aggregated serving cannot keep up: even one sequence per DP replica needs %1 prompt tokens prefilled per step, more than a whole prompt&apos;s %2, as each request ends within a step; give more output tokens, or serve disaggregated</source>
        <translation>aggregiertes Serving kommt nicht nach: schon eine Sequenz je DP-Replikat braucht %1 vorab gefüllte Prompt-Token je Schritt, mehr als die %2 eines ganzen Prompts, da jede Anfrage innerhalb eines Schritts endet; mehr Ausgabetoken angeben oder disaggregiert bedienen</translation>
    </message>
    <message>
        <location filename="../core/search/servingplan.cpp" line="594"/>
        <source>aggregated serving cannot keep up: even one sequence per DP replica needs %1 prompt tokens prefilled per step, more than the chunk of %2; give longer chunks, or serve disaggregated</source>
        <translation>aggregiertes Serving kommt nicht nach: schon eine Sequenz je DP-Replikat braucht %1 vorab gefüllte Prompt-Token je Schritt, mehr als der Abschnitt von %2; längere Abschnitte angeben oder disaggregiert bedienen</translation>
    </message>
    <message>
        <location filename="../core/search/servingplan.cpp" line="603"/>
        <source>no strategy that decodes these requests also fits the prefill of %1 prompt tokens per DP replica beside it; give shorter chunks, or serve disaggregated</source>
        <translation>keine Strategie, die diese Anfragen decodiert, fasst daneben auch den Prefill von %1 Prompt-Token je DP-Replikat; kürzere Abschnitte angeben oder disaggregiert bedienen</translation>
    </message>
    <message>
        <location filename="../core/search/servingplan.cpp" line="611"/>
        <source>no strategy of the cluster holds the model with one sequence per GPU at %1 tokens of context</source>
        <translation>keine Strategie des Clusters fasst das Modell mit einer Sequenz pro GPU bei %1 Tokens Kontext</translation>
    </message>
    <message>
        <location filename="../core/search/servingplan.cpp" line="616"/>
        <source>nothing meets %1</source>
        <translation>nichts erfüllt %1</translation>
    </message>
</context>
<context>
    <name>SkewFix</name>
    <message>
        <location filename="../core/search/skewfixes.cpp" line="80"/>
        <source>the profile&apos;s own placement, redundant experts and capacity factor</source>
        <translation>die eigene Platzierung, die redundanten Experten und der Kapazitätsfaktor des Profils</translation>
    </message>
    <message>
        <location filename="../core/search/skewfixes.cpp" line="82"/>
        <source>place experts with EPLB</source>
        <translation>Experten mit EPLB platzieren</translation>
    </message>
    <message>
        <location filename="../core/search/skewfixes.cpp" line="83"/>
        <source>place experts balanced</source>
        <translation>Experten ausgeglichen platzieren</translation>
    </message>
    <message>
        <location filename="../core/search/skewfixes.cpp" line="85"/>
        <source>route dropless (capacity factor %1)</source>
        <translation>ohne Verwerfen routen (Kapazitätsfaktor %1)</translation>
    </message>
    <message>
        <location filename="../core/search/skewfixes.cpp" line="92"/>
        <source>add %1 redundant expert (%2 in all, placed with EPLB)</source>
        <translation>%1 redundanten Experten hinzufügen (%2 insgesamt, mit EPLB platziert)</translation>
    </message>
    <message>
        <location filename="../core/search/skewfixes.cpp" line="93"/>
        <source>add %1 redundant experts (%2 in all, placed with EPLB)</source>
        <translation>%1 redundante Experten hinzufügen (%2 insgesamt, mit EPLB platziert)</translation>
    </message>
    <message>
        <location filename="../core/search/skewfixsummary.cpp" line="34"/>
        <source>%1: %2 configuration becomes feasible, best %3 at %4, step %5</source>
        <translation>%1: %2 Konfiguration wird machbar, die beste %3 mit %4, Schritt %5</translation>
    </message>
    <message>
        <location filename="../core/search/skewfixsummary.cpp" line="35"/>
        <source>%1: %2 configurations become feasible, best %3 at %4, step %5</source>
        <translation>%1: %2 Konfigurationen werden machbar, die beste %3 mit %4, Schritt %5</translation>
    </message>
    <message>
        <location filename="../core/search/skewfixsummary.cpp" line="37"/>
        <source>%1: %2 configuration becomes feasible</source>
        <translation>%1: %2 Konfiguration wird machbar</translation>
    </message>
    <message>
        <location filename="../core/search/skewfixsummary.cpp" line="38"/>
        <source>%1: %2 configurations become feasible</source>
        <translation>%1: %2 Konfigurationen werden machbar</translation>
    </message>
</context>
<context>
    <name>StrategyCheck</name>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="45"/>
        <source>placement &quot;manual&quot; lists the experts of %1 EP ranks, but EP is %2: choose another placement to change EP</source>
        <translation>Platzierung „manual“ listet die Experten von %1 EP-Rängen, aber EP ist %2: wählen Sie eine andere Platzierung, um EP zu ändern</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="55"/>
        <source>EP rank %1 has no slot: every GPU of an EP group hosts at least one expert</source>
        <translation>EP-Rang %1 hat keinen Slot: jede GPU einer EP-Gruppe beherbergt mindestens einen Experten</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="63"/>
        <source>expert %1 does not exist: the model has experts 0 to %2</source>
        <translation>Experte %1 existiert nicht: das Modell hat die Experten 0 bis %2</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="73"/>
        <source>the slots list %1 experts; the model&apos;s %2 experts + %3 redundant make %4</source>
        <translation>die Slots listen %1 Experten; die %2 Experten des Modells + %3 redundante ergeben %4</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="80"/>
        <source>expert %1 has no slot: every expert needs at least one</source>
        <translation>Experte %1 hat keinen Slot: jeder Experte braucht mindestens einen</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="100"/>
        <source>TP x PP x DP = %1 GPUs is more than the supported %2</source>
        <translation>TP x PP x DP = %1 GPUs sind mehr als die unterstützten %2</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="104"/>
        <source>TP (%1) must divide the attention heads (%2)</source>
        <translation>TP (%1) muss die Attention-Köpfe (%2) teilen</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="108"/>
        <source>TP (%1) and the KV heads (%2) must divide one another (KV heads are split, or replicated when fewer than TP)</source>
        <translation>TP (%1) und die KV-Köpfe (%2) müssen einander teilen (KV-Köpfe werden aufgeteilt oder, wenn es weniger als TP sind, repliziert)</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="114"/>
        <source>TP (%1) must divide the dense FFN hidden size (%2)</source>
        <translation>TP (%1) muss die verborgene Größe des dichten FFN (%2) teilen</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="118"/>
        <source>TP (%1) must divide the shared experts&apos; hidden size (%2)</source>
        <translation>TP (%1) muss die verborgene Größe der geteilten Experten (%2) teilen</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="122"/>
        <source>PP (%1) cannot exceed the layers (%2): every stage needs at least one layer</source>
        <translation>PP (%1) darf die Schichten (%2) nicht übersteigen: jede Stufe braucht mindestens eine Schicht</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="131"/>
        <source>PP (%1) does not fit workload.pipeline.layout, which lists %2 stages (PP or PP x virtual stages = %3 expected); change PP or the layout</source>
        <translation>PP (%1) passt nicht zu workload.pipeline.layout, das %2 Stufen listet (PP oder PP x virtuelle Stufen = %3 erwartet); ändern Sie PP oder das Layout</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="137"/>
        <source>PP (%1) does not fit workload.pipeline.layout, which lists %2 stages; change PP or the layout</source>
        <translation>PP (%1) passt nicht zu workload.pipeline.layout, das %2 Stufen listet; ändern Sie PP oder das Layout</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="148"/>
        <source>pipeline stage %1 gets no layer; every stage needs at least one</source>
        <translation>Pipeline-Stufe %1 erhält keine Schicht; jede Stufe braucht mindestens eine</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="156"/>
        <source>the model has no experts, so EP must be 1, got %1</source>
        <translation>das Modell hat keine Experten, also muss EP 1 sein, nicht %1</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="160"/>
        <source>the model has no experts, so ETP must be 1, got %1</source>
        <translation>das Modell hat keine Experten, also muss ETP 1 sein, nicht %1</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="164"/>
        <source>the model has no experts to replicate</source>
        <translation>das Modell hat keine Experten, die repliziert werden könnten</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="168"/>
        <source>EP x ETP (%1 x %2 = %3) must divide the GPUs of a pipeline stage, TP x DP (%4 x %5 = %6)</source>
        <translation>EP x ETP (%1 x %2 = %3) muss die GPUs einer Pipeline-Stufe teilen, TP x DP (%4 x %5 = %6)</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="173"/>
        <source>EP (%1) exceeds the expert slots (%2 experts + %3 redundant): some GPUs would host no expert</source>
        <translation>EP (%1) übersteigt die Experten-Slots (%2 Experten + %3 redundante): manche GPUs hätten keinen Experten</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="178"/>
        <source>ETP (%1) must divide the expert hidden size (%2)</source>
        <translation>ETP (%1) muss die verborgene Größe der Experten (%2) teilen</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="185"/>
        <source>EPLB gives every EP rank the same number of slots: the %1 experts + %2 redundant must be a multiple of EP (%3)</source>
        <translation>EPLB gibt jedem EP-Rang gleich viele Slots: die %1 Experten + %2 redundanten müssen ein Vielfaches von EP (%3) sein</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="196"/>
        <source>at most one redundant replica per expert outside EPLB: %1 replicas for %2 experts</source>
        <translation>außerhalb von EPLB höchstens eine redundante Replik pro Experte: %1 Repliken für %2 Experten</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="204"/>
        <source>training needs the global batch (%1) divisible by DP x micro-batches (%2 x %3 = %4)</source>
        <translation>Training braucht einen globalen Batch (%1), der durch DP x Micro-Batches (%2 x %3 = %4) teilbar ist</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="210"/>
        <source>DP (%1) exceeds the batch (%2 sequences): some replicas would have nothing to do</source>
        <translation>DP (%1) übersteigt den Batch (%2 Sequenzen): manche Repliken hätten nichts zu tun</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="217"/>
        <source>micro-batches (%1) exceed the sequences per replica (%2)</source>
        <translation>Micro-Batches (%1) übersteigen die Sequenzen pro Replik (%2)</translation>
    </message>
</context>
<context>
    <name>UserPrompts</name>
    <message>
        <location filename="../ui/document/userprompts.cpp" line="34"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/document/userprompts.cpp" line="35"/>
        <source>Do you want to save the changes to “%1”?</source>
        <translation>Möchten Sie die Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <location filename="../ui/document/userprompts.cpp" line="38"/>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <location filename="../ui/document/userprompts.cpp" line="52"/>
        <source>Revert to Saved</source>
        <translation>Auf gespeicherte Version zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/document/userprompts.cpp" line="53"/>
        <source>Revert “%1” to the saved version?</source>
        <translation>„%1“ auf die gespeicherte Version zurücksetzen?</translation>
    </message>
    <message>
        <location filename="../ui/document/userprompts.cpp" line="54"/>
        <source>Your changes and their undo history will be lost.</source>
        <translation>Ihre Änderungen und deren Rückgängig-Verlauf gehen verloren.</translation>
    </message>
    <message>
        <location filename="../ui/document/userprompts.cpp" line="55"/>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/document/userprompts.cpp" line="63"/>
        <source>Open Profile</source>
        <translation>Profil öffnen</translation>
    </message>
    <message>
        <location filename="../ui/document/userprompts.cpp" line="68"/>
        <source>Save Profile As</source>
        <translation>Profil speichern unter</translation>
    </message>
    <message>
        <location filename="../ui/document/userprompts.cpp" line="99"/>
        <source>over %L1</source>
        <translation>über %L1</translation>
    </message>
    <message>
        <location filename="../ui/document/userprompts.cpp" line="99"/>
        <source>%L1</source>
        <translation>%L1</translation>
    </message>
    <message>
        <location filename="../ui/document/userprompts.cpp" line="100"/>
        <source>Large search</source>
        <translation>Große Suche</translation>
    </message>
    <message>
        <location filename="../ui/document/userprompts.cpp" line="101"/>
        <source>The search space has %1 configurations, above the limit of %L2. It may take minutes and much memory. Search anyway?</source>
        <translation>Der Suchraum hat %1 Konfigurationen, mehr als die Grenze von %L2. Das kann Minuten und viel Speicher kosten. Trotzdem suchen?</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/explorer/main.cpp" line="60"/>
        <source>Explore how a Mixture-of-Experts model runs on a GPU cluster.</source>
        <translation>Untersuchen Sie, wie ein Mixture-of-Experts-Modell auf einem GPU-Cluster läuft.</translation>
    </message>
    <message>
        <location filename="../app/explorer/main.cpp" line="64"/>
        <source>A profile file, or builtin:NAME (default: the profile shown last, else builtin:seed).</source>
        <translation>Eine Profildatei oder builtin:NAME (Standard: das zuletzt angezeigte Profil, sonst builtin:seed).</translation>
    </message>
    <message>
        <location filename="../app/explorer/main.cpp" line="77"/>
        <source>Cannot open profile</source>
        <translation>Profil kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>moe::ui::BuiltinGalleryDialog</name>
    <message>
        <location filename="../ui/document/builtingallerydialog.cpp" line="26"/>
        <source>New from Built-in</source>
        <translation>Neu aus integriertem Profil</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerydialog.cpp" line="29"/>
        <source>Built-in profiles, each evaluated with its own strategy. Choose one to start from; saving it writes a file of your own.</source>
        <translation>Integrierte Profile, jeweils mit ihrer eigenen Strategie ausgewertet. Wählen Sie eines als Ausgangspunkt; beim Speichern wird eine eigene Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerydialog.cpp" line="43"/>
        <source>Double-click a profile to open it</source>
        <translation>Doppelklicken Sie auf ein Profil, um es zu öffnen</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerydialog.cpp" line="47"/>
        <source>The selected profile&apos;s sources and assumptions</source>
        <translation>Quellen und Annahmen des ausgewählten Profils</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerydialog.cpp" line="109"/>
        <source>Model: %1, %2 parameters, %3 active per token; %4 layers; experts: %5.&lt;br&gt;System: %6. Cluster: %7. Mode: %8.</source>
        <translation>Modell: %1, %2 Parameter, davon %3 aktiv pro Token; %4 Schichten; Experten: %5.&lt;br&gt;System: %6. Cluster: %7. Modus: %8.</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerydialog.cpp" line="114"/>
        <source>Step time %1, throughput %2, fullest GPU %3. Verdict: %4.</source>
        <translation>Schrittzeit %1, Durchsatz %2, vollste GPU %3. Bewertung: %4.</translation>
    </message>
</context>
<context>
    <name>moe::ui::BuiltinGalleryModel</name>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="30"/>
        <source>dense</source>
        <translation>dicht</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="32"/>
        <source>%1, top-%2</source>
        <translation>%1, Top-%2</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="34"/>
        <source> + %1 shared</source>
        <translation> + %1 geteilte</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="43"/>
        <source>✗ not evaluated</source>
        <translation>✗ nicht ausgewertet</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="57"/>
        <source>✓ pass</source>
        <translation>✓ erfüllt</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="58"/>
        <source>✗ fail: %1</source>
        <translation>✗ verletzt: %1</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="78"/>
        <source>✗ does not load</source>
        <translation>✗ lässt sich nicht laden</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="92"/>
        <source>model.preset %1 from the model library</source>
        <translation>model.preset %1 aus der Modellbibliothek</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="94"/>
        <location filename="../ui/document/builtingallerymodel.cpp" line="104"/>
        <source>own figures</source>
        <translation>eigene Angaben</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="95"/>
        <source>The profile gives its own architecture figures (no model.preset)</source>
        <translation>Das Profil gibt eigene Architekturangaben vor (kein model.preset)</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="105"/>
        <source>The profile gives its own hardware figures (no cluster.system)</source>
        <translation>Das Profil gibt eigene Hardwareangaben vor (kein cluster.system)</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="111"/>
        <location filename="../ui/document/builtingallerymodel.cpp" line="208"/>
        <source>Parameters each token passes through</source>
        <translation>Parameter, die jedes Token durchläuft</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="116"/>
        <source>Routed experts per MoE layer, and how many each token uses</source>
        <translation>Geroutete Experten pro MoE-Schicht und wie viele davon jedes Token nutzt</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="117"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="119"/>
        <source>%1 GPUs, %2 per node, %3 GiB each</source>
        <translation>%1 GPUs, %2 pro Knoten, je %3 GiB</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="133"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="135"/>
        <source>The fullest GPU (GPU %1) against its capacity</source>
        <translation>Die vollste GPU (GPU %1) im Verhältnis zu ihrer Kapazität</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="198"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="198"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="198"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="198"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="199"/>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="199"/>
        <source>Experts</source>
        <translation>Experten</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="199"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="199"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="200"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="200"/>
        <source>Step time</source>
        <translation>Schrittzeit</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="200"/>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="200"/>
        <source>Fullest GPU</source>
        <translation>Vollste GPU</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="201"/>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="205"/>
        <source>The profile&apos;s name</source>
        <translation>Der Name des Profils</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="206"/>
        <source>The model library&apos;s entry the profile names (model.preset)</source>
        <translation>Der Eintrag der Modellbibliothek, den das Profil nennt (model.preset)</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="207"/>
        <source>Parameters of the whole model</source>
        <translation>Parameter des gesamten Modells</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="209"/>
        <source>Transformer layers</source>
        <translation>Transformer-Schichten</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="210"/>
        <source>Routed experts per MoE layer, top-k per token</source>
        <translation>Geroutete Experten pro MoE-Schicht, Top-k pro Token</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="211"/>
        <source>The systems library&apos;s entry the profile names (cluster.system)</source>
        <translation>Der Eintrag der Systembibliothek, den das Profil nennt (cluster.system)</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="212"/>
        <source>GPUs in the cluster and their kind</source>
        <translation>GPUs im Cluster und ihr Typ</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="213"/>
        <source>Training iteration, prefill of the batch, or one decode step</source>
        <translation>Trainingsiteration, Prefill des Batches oder ein Decode-Schritt</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="214"/>
        <source>Time of one step with the profile&apos;s own strategy</source>
        <translation>Dauer eines Schritts mit der eigenen Strategie des Profils</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="215"/>
        <source>Tokens per second, all GPUs together</source>
        <translation>Tokens pro Sekunde, alle GPUs zusammen</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="216"/>
        <source>Memory of the fullest GPU against its capacity</source>
        <translation>Speicher der vollsten GPU im Verhältnis zu ihrer Kapazität</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="217"/>
        <source>The constraint checks</source>
        <translation>Die Prüfungen der Randbedingungen</translation>
    </message>
</context>
<context>
    <name>moe::ui::CalibrationDialog</name>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="57"/>
        <source>runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="58"/>
        <source>collectives</source>
        <translation>Kollektive</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="59"/>
        <source>GEMMs</source>
        <translation>GEMMs</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="72"/>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="75"/>
        <source>%1 us</source>
        <translation>%1 us</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="78"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="80"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="119"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="125"/>
        <source>No fit: %1</source>
        <translation>Keine Anpassung: %1</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="138"/>
        <source>&amp;Add Files...</source>
        <translation>Dateien &amp;hinzufügen...</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="139"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="141"/>
        <source>&amp;Fit</source>
        <translation>&amp;Anpassen</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="144"/>
        <source>Measurement</source>
        <translation>Messung</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="144"/>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="144"/>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="145"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="144"/>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="145"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="144"/>
        <source>Leave-one-out</source>
        <translation>Leave-one-out</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="145"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="145"/>
        <source>Bounds</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="145"/>
        <source>Fitted</source>
        <translation>Angepasst</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="149"/>
        <source>&amp;Save as User System</source>
        <translation>Als Benutzersystem &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="150"/>
        <source>A&amp;pply to Profile</source>
        <translation>Auf Profil an&amp;wenden</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="153"/>
        <source>Calibrate a System</source>
        <translation>System kalibrieren</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="156"/>
        <source>Measured runs (CSV or JSON), nccl-tests logs and GEMM sweeps; docs/calibration.md gives each format</source>
        <translation>Gemessene Läufe (CSV oder JSON), nccl-tests-Logs und GEMM-Sweeps; docs/calibration.md beschreibt jedes Format</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="159"/>
        <source>The system the measurements ran on: the fit starts from its figures</source>
        <translation>Das System, auf dem die Messungen liefen: Die Anpassung geht von seinen Werten aus</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="163"/>
        <source>Fit the system&apos;s efficiencies to the measurements</source>
        <translation>Die Effizienzen des Systems an die Messungen anpassen</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="168"/>
        <source>e.g. my-h100</source>
        <translation>z. B. my-h100</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="169"/>
        <source>The id profiles name in cluster.system; letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>Die ID, über die Profile es in cluster.system nennen; Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="171"/>
        <source>Write the calibrated system to your user systems folder</source>
        <translation>Das kalibrierte System in Ihren Ordner für Benutzersysteme schreiben</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="172"/>
        <source>Make the open profile name the saved system (one undo step)</source>
        <translation>Das geöffnete Profil auf das gespeicherte System verweisen lassen (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="173"/>
        <source>Each measurement&apos;s error: predicted / measured − 1, by the system before the fit, after it, and by a fit that did not see the row (leave-one-out)</source>
        <translation>Fehler jeder Messung: vorhergesagt / gemessen − 1, mit dem System vor der Anpassung, nach ihr und mit einer Anpassung, die die Zeile nicht gesehen hat (Leave-one-out)</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="175"/>
        <source>The efficiencies fitted, each bounded to its physical range</source>
        <translation>Die angepassten Effizienzen, jeweils auf ihren physikalischen Bereich begrenzt</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="177"/>
        <source>Measurements</source>
        <translation>Messungen</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="186"/>
        <source>Ran on &amp;system:</source>
        <translation>Gemessen auf S&amp;ystem:</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="208"/>
        <source>Calibrated system</source>
        <translation>Kalibriertes System</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="210"/>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="236"/>
        <source>Add the measurement files, choose the system they ran on, and press Fit.</source>
        <translation>Fügen Sie die Messdateien hinzu, wählen Sie das System, auf dem sie liefen, und klicken Sie auf „Anpassen“.</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="272"/>
        <source>Add Measurement Files</source>
        <translation>Messdateien hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="273"/>
        <source>Measurements (*.csv *.json *.txt *.log);;All files (*)</source>
        <translation>Messungen (*.csv *.json *.txt *.log);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="287"/>
        <source>Choose the system the measurements ran on.</source>
        <translation>Wählen Sie das System, auf dem die Messungen liefen.</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="287"/>
        <source>Add a measurement file.</source>
        <translation>Fügen Sie eine Messdatei hinzu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calibration/calibrationdialog.cpp" line="295"/>
        <source>Fitting %n file(s)...</source>
        <translation>
            <numerusform>Anpassung an %n Datei...</numerusform>
            <numerusform>Anpassung an %n Dateien...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calibration/calibrationdialog.cpp" line="319"/>
        <source>Fitted %1 to %n measurement(s).</source>
        <translation>
            <numerusform>%1 an %n Messung angepasst.</numerusform>
            <numerusform>%1 an %n Messungen angepasst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="324"/>
        <source>%1
Nothing was fitted.</source>
        <translation>%1
Es wurde nichts angepasst.</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="352"/>
        <source>%1 (not fitted)</source>
        <translation>%1 (nicht angepasst)</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="358"/>
        <source>Collectives under 16 MiB are shown but not fitted (docs/calibration.md)</source>
        <translation>Kollektive unter 16 MiB werden angezeigt, aber nicht angepasst (docs/calibration.md)</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="362"/>
        <source>mean |error|</source>
        <translation>mittlerer |Fehler|</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="364"/>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="367"/>
        <source>Over the fitted rows</source>
        <translation>Über die angepassten Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="365"/>
        <source>worst |error|</source>
        <translation>größter |Fehler|</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="383"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="384"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="384"/>
        <source>no: no measurement depends on it</source>
        <translation>nein: keine Messung hängt davon ab</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="390"/>
        <source>Mean error %1 before the fit, %2 after.</source>
        <translation>Mittlerer Fehler %1 vor der Anpassung, %2 danach.</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="392"/>
        <source>Leave-one-out %1: what to expect on a run the fit has not seen.</source>
        <translation>Leave-one-out %1: was bei einem Lauf zu erwarten ist, den die Anpassung nicht gesehen hat.</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="394"/>
        <source>No leave-one-out error: %1</source>
        <translation>Kein Leave-one-out-Fehler: %1</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="397"/>
        <source>%1 %2 × %3</source>
        <translation>%1 %2 × %3</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="401"/>
        <source>Weight of each row (each kind of measurement counts equally): %1.</source>
        <translation>Gewicht jeder Zeile (jede Art von Messung zählt gleich): %1.</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="406"/>
        <source>Predictions on the saved system carry ±%1 (the weighted RMS of the leave-one-out errors).</source>
        <translation>Vorhersagen mit dem gespeicherten System tragen ±%1 (der gewichtete RMS der Leave-one-out-Fehler).</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="420"/>
        <source>A user system “%1” exists: saving replaces it (the old file stays until the new one is written).</source>
        <translation>Ein Benutzersystem „%1“ existiert bereits: Speichern ersetzt es (die alte Datei bleibt erhalten, bis die neue geschrieben ist).</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="438"/>
        <source>The id “%1” cannot be used: %2</source>
        <translation>Die ID „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="449"/>
        <source>The system was not saved: %1</source>
        <translation>Das System wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="453"/>
        <source>Saved %1 as %2. Profiles can name it in cluster.system; Apply makes this profile use it.</source>
        <translation>%1 als %2 gespeichert. Profile können es in cluster.system nennen; „Auf Profil anwenden“ lässt dieses Profil es verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="465"/>
        <source>Save the system first: profiles name it by its id.</source>
        <translation>Speichern Sie das System zuerst: Profile nennen es über seine ID.</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="470"/>
        <source>Apply calibrated system %1</source>
        <translation>Kalibriertes System %1 anwenden</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="471"/>
        <source>The profile now runs on %1.</source>
        <translation>Das Profil läuft jetzt auf %1.</translation>
    </message>
</context>
<context>
    <name>moe::ui::CalibrationScatter</name>
    <message>
        <location filename="../ui/calibration/calibrationscatter.cpp" line="50"/>
        <source>Predicted against measured</source>
        <translation>Vorhergesagt gegen gemessen</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationscatter.cpp" line="51"/>
        <source>y = x</source>
        <translation>y = x</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationscatter.cpp" line="53"/>
        <source>±10%</source>
        <translation>±10%</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationscatter.cpp" line="58"/>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationscatter.cpp" line="63"/>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationscatter.cpp" line="72"/>
        <source>Measured (s, or tokens/s per GPU)</source>
        <translation>Gemessen (s oder Tokens/s pro GPU)</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationscatter.cpp" line="73"/>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationscatter.cpp" line="87"/>
        <source>Each measurement&apos;s prediction against the measured value: on the line is exact. Hover a point for its measurement</source>
        <translation>Die Vorhersage jeder Messung gegen den gemessenen Wert: Auf der Linie ist sie exakt. Zeigen Sie mit der Maus auf einen Punkt, um seine Messung zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationscatter.cpp" line="136"/>
        <source>%1
before %2, after %3</source>
        <translation>%1
vorher %2, nachher %3</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationscatter.cpp" line="141"/>
        <source>, leave-one-out %1</source>
        <translation>, Leave-one-out %1</translation>
    </message>
</context>
<context>
    <name>moe::ui::ChartView</name>
    <message>
        <location filename="../ui/widgets/chartview.cpp" line="102"/>
        <source>Explain...</source>
        <translation>Erklären...</translation>
    </message>
    <message>
        <location filename="../ui/widgets/chartview.cpp" line="104"/>
        <source>Export as PNG, SVG or PDF...</source>
        <translation>Als PNG, SVG oder PDF exportieren...</translation>
    </message>
</context>
<context>
    <name>moe::ui::CollapsibleSection</name>
    <message>
        <location filename="../ui/widgets/collapsiblesection.cpp" line="21"/>
        <source>Show or hide the %1 settings</source>
        <translation>Einstellungen „%1“ ein- oder ausblenden</translation>
    </message>
</context>
<context>
    <name>moe::ui::DocumentController</name>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="87"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="109"/>
        <source>Cannot Open Profile</source>
        <translation>Profil kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="122"/>
        <source>Cannot Open Built-in Profile</source>
        <translation>Integriertes Profil kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="122"/>
        <source>“%1” could not be opened.</source>
        <translation>„%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="134"/>
        <source>File Not Found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="135"/>
        <source>“%1” no longer exists.</source>
        <translation>„%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="136"/>
        <source>It was removed from the recent files.

%1</source>
        <translation>Sie wurde aus der Liste der zuletzt geöffneten Dateien entfernt.

%1</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="153"/>
        <source>Cannot Revert</source>
        <translation>Zurücksetzen nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="157"/>
        <source>Reverted to the saved %1</source>
        <translation>Auf gespeicherte Version von %1 zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="173"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="181"/>
        <source>Any earlier file of that name is unchanged.</source>
        <translation>Eine eventuell vorhandene Datei dieses Namens bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="183"/>
        <source>Cannot Save Profile</source>
        <translation>Profil kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="184"/>
        <source>“%1” was not saved.</source>
        <translation>„%1“ wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="186"/>
        <source>The window keeps your changes: save them in another folder, or make room and save again.</source>
        <translation>Das Fenster behält Ihre Änderungen: Speichern Sie sie in einem anderen Ordner, oder schaffen Sie Platz und speichern Sie erneut.</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="194"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="251"/>
        <source>New profile %1: not saved yet</source>
        <translation>Neues Profil %1: noch nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="260"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="266"/>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="268"/>
        <source>Keys this version does not know, kept for saving: %1.</source>
        <translation>Dieser Version unbekannte Schlüssel, die beim Speichern erhalten bleiben: %1.</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="271"/>
        <source>Keys not used with the file&apos;s other settings, kept for saving: %1.</source>
        <translation>Schlüssel, die bei den übrigen Einstellungen der Datei nicht verwendet werden und beim Speichern erhalten bleiben: %1.</translation>
    </message>
    <message>
        <source>Opened %1. Keys this version does not know, kept for saving: %2</source>
        <translation type="vanished">%1 geöffnet. Dieser Version unbekannte Schlüssel, die beim Speichern erhalten bleiben: %2</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="280"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="281"/>
        <source>At %1: %2</source>
        <translation>Bei %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="283"/>
        <source>“%1” is not a profile MoE Explorer can open.</source>
        <translation>„%1“ ist kein Profil, das MoE Explorer öffnen kann.</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="284"/>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="285"/>
        <source>The profile in the window is unchanged.</source>
        <translation>Das Profil im Fenster bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>moe::ui::ExplainDock</name>
    <message>
        <location filename="../ui/explain/explaindock.cpp" line="26"/>
        <source>Explain</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <location filename="../ui/explain/explaindock.cpp" line="55"/>
        <source>Each figure with its value and formula; click a row for the formula with the values and its source</source>
        <translation>Jede Größe mit ihrem Wert und ihrer Formel; klicken Sie auf eine Zeile für die Formel mit den Werten und ihre Quelle</translation>
    </message>
    <message>
        <location filename="../ui/explain/explaindock.cpp" line="57"/>
        <source>The selected figure: its formula with the values and its source</source>
        <translation>Die ausgewählte Größe: ihre Formel mit den Werten und ihre Quelle</translation>
    </message>
    <message>
        <location filename="../ui/explain/explaindock.cpp" line="58"/>
        <source>Click a row for the formula with its values and the source</source>
        <translation>Klicken Sie auf eine Zeile für die Formel mit ihren Werten und die Quelle</translation>
    </message>
    <message>
        <location filename="../ui/explain/explaindock.cpp" line="59"/>
        <source>Filter figures, e.g. memory or a2a</source>
        <translation>Größen filtern, z. B. memory oder a2a</translation>
    </message>
    <message>
        <location filename="../ui/explain/explaindock.cpp" line="61"/>
        <source>Show only the rows that contain this text</source>
        <translation>Nur die Zeilen anzeigen, die diesen Text enthalten</translation>
    </message>
    <message>
        <location filename="../ui/explain/explaindock.cpp" line="198"/>
        <source>&lt;b&gt;%1&lt;/b&gt; = %2&lt;br&gt;&lt;i&gt;%3&lt;/i&gt;&lt;br&gt;= %4&lt;br&gt;%5&lt;br&gt;&lt;small&gt;%6&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; = %2&lt;br&gt;&lt;i&gt;%3&lt;/i&gt;&lt;br&gt;= %4&lt;br&gt;%5&lt;br&gt;&lt;small&gt;%6&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../ui/explain/explaindock.cpp" line="202"/>
        <source>Source: the model&apos;s own definition</source>
        <translation>Quelle: die eigene Definition des Modells</translation>
    </message>
    <message>
        <location filename="../ui/explain/explaindock.cpp" line="202"/>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
</context>
<context>
    <name>moe::ui::ExplanationModel</name>
    <message>
        <location filename="../ui/explain/explanationmodel.cpp" line="26"/>
        <source>parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationmodel.cpp" line="105"/>
        <source>Figure</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationmodel.cpp" line="107"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationmodel.cpp" line="109"/>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationmodel.cpp" line="111"/>
        <source>With the values</source>
        <translation>Mit den Werten</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationmodel.cpp" line="113"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>moe::ui::ExplorerState</name>
    <message>
        <location filename="../ui/document/explorerstate.cpp" line="169"/>
        <source>Edit profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/document/explorerstate.cpp" line="178"/>
        <source>Change strategy</source>
        <translation>Strategie ändern</translation>
    </message>
</context>
<context>
    <name>moe::ui::FeasibilityLegend</name>
    <message>
        <location filename="../ui/search/feasibilitylegend.cpp" line="24"/>
        <source>Best throughput:</source>
        <translation>Bester Durchsatz:</translation>
    </message>
    <message>
        <location filename="../ui/search/feasibilitylegend.cpp" line="29"/>
        <source>nothing fits</source>
        <translation>nichts passt</translation>
    </message>
    <message>
        <location filename="../ui/search/feasibilitylegend.cpp" line="34"/>
        <source>★ best   ● you are here</source>
        <translation>★ beste   ● Sie sind hier</translation>
    </message>
    <message>
        <location filename="../ui/search/feasibilitylegend.cpp" line="77"/>
        <source>%1 M tokens/s</source>
        <translation>%1 M Tokens/s</translation>
    </message>
    <message>
        <location filename="../ui/search/feasibilitylegend.cpp" line="80"/>
        <source>%1 k tokens/s</source>
        <translation>%1 k Tokens/s</translation>
    </message>
    <message>
        <location filename="../ui/search/feasibilitylegend.cpp" line="82"/>
        <source>%1 tokens/s</source>
        <translation>%1 Tokens/s</translation>
    </message>
    <message>
        <location filename="../ui/search/feasibilitylegend.cpp" line="88"/>
        <source>Feasible cells are coloured by their best throughput, from the map&apos;s lowest (dark) to its highest (yellow)</source>
        <translation>Machbare Zellen sind nach ihrem besten Durchsatz eingefärbt, vom niedrigsten der Karte (dunkel) bis zum höchsten (gelb)</translation>
    </message>
</context>
<context>
    <name>moe::ui::GettingStartedDialog</name>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="127"/>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
</context>
<context>
    <name>moe::ui::GpuGridWidget</name>
    <message>
        <location filename="../ui/grid/gpugridwidget.cpp" line="37"/>
        <source>GPU grid</source>
        <translation>GPU-Raster</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridwidget.cpp" line="38"/>
        <source>Every GPU of the cluster, grouped by node. Hover a cell for its ranks, experts and memory; click or use the arrow keys to select it.</source>
        <translation>Jede GPU des Clusters, nach Knoten gruppiert. Zeigen Sie mit der Maus auf eine Zelle, um ihre Ränge, Experten und ihren Speicher zu sehen; klicken Sie oder verwenden Sie die Pfeiltasten, um sie auszuwählen.</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridwidget.cpp" line="40"/>
        <source>The GPU grid shows every GPU of the cluster as a cell, grouped by node and coloured by the chosen metric from 0 (dark) to the top of the scale (yellow): memory against the GPU&apos;s capacity, token loads against twice their mean (marked on the legend). Hatched cells are idle GPUs, or GPUs whose pipeline stage lacks the selected layer. Thick lines separate pipeline stages, thin ones expert-parallel groups. Colour by expert load to see each GPU&apos;s expert slots; click one to outline all replicas of its expert. With many GPUs each node folds into one cell showing the largest value of its GPUs.</source>
        <translation>Das GPU-Raster zeigt jede GPU des Clusters als Zelle, nach Knoten gruppiert und nach der gewählten Größe eingefärbt, von 0 (dunkel) bis zum oberen Ende der Skala (gelb): Speicher im Verhältnis zur Kapazität der GPU, Token-Lasten im Verhältnis zum Doppelten ihres Mittelwerts (auf der Legende markiert). Schraffierte Zellen sind ungenutzte GPUs oder GPUs, deren Pipeline-Stufe die gewählte Schicht nicht enthält. Dicke Linien trennen Pipeline-Stufen, dünne die expertenparallelen Gruppen. Färben Sie nach Expertenlast, um die Experten-Slots jeder GPU zu sehen; ein Klick auf einen Slot umrandet alle Replikate seines Experten. Bei vielen GPUs wird jeder Knoten zu einer Zelle mit dem größten Wert seiner GPUs zusammengefasst.</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridwidget.cpp" line="128"/>
        <location filename="../ui/grid/gpugridwidget.cpp" line="270"/>
        <source>node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridwidget.cpp" line="372"/>
        <source>No per-GPU figures: %1</source>
        <translation>Keine Werte pro GPU: %1</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridwidget.cpp" line="377"/>
        <source>layer %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridwidget.cpp" line="378"/>
        <source>all layers</source>
        <translation>alle Schichten</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridwidget.cpp" line="381"/>
        <source> · hottest: expert %1 of layer %2</source>
        <translation> · am stärksten belastet: Experte %1 in Schicht %2</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridwidget.cpp" line="386"/>
        <source> · busiest slot per GPU (enlarge to see each expert)</source>
        <translation> · meistbelasteter Slot pro GPU (vergrößern, um jeden Experten zu sehen)</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridwidget.cpp" line="390"/>
        <source> · straggler: GPU %1 (red)</source>
        <translation> · Nachzügler: GPU %1 (rot)</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridwidget.cpp" line="393"/>
        <source> · largest per node</source>
        <translation> · größter Wert pro Knoten</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridwidget.cpp" line="411"/>
        <source>idle or no layer</source>
        <translation>ungenutzt oder ohne Schicht</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridwidget.cpp" line="412"/>
        <source>idle</source>
        <translation>ungenutzt</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridwidget.cpp" line="426"/>
        <source>the straggler: the step waits for this GPU&apos;s compute</source>
        <translation>der Nachzügler: Der Schritt wartet auf die Rechenzeit dieser GPU</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridwidget.cpp" line="445"/>
        <source>node %1 · GPUs %2 to %3</source>
        <translation>Knoten %1 · GPUs %2 bis %3</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridwidget.cpp" line="446"/>
        <source>nodes %1 to %2 · GPUs %3 to %4</source>
        <translation>Knoten %1 bis %2 · GPUs %3 bis %4</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridwidget.cpp" line="447"/>
        <source>%1 of %2 GPUs in use</source>
        <translation>%1 von %2 GPUs genutzt</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridwidget.cpp" line="450"/>
        <source>%1: largest %2, smallest %3</source>
        <translation>%1: größter Wert %2, kleinster %3</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridwidget.cpp" line="453"/>
        <source>Enlarge the grid to see each GPU.</source>
        <translation>Vergrößern Sie das Raster, um jede GPU einzeln zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridexperts.cpp" line="245"/>
        <source>… (%1 more)</source>
        <translation>… (%1 weitere)</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridexperts.cpp" line="248"/>
        <source>expert %1 · layer %2</source>
        <translation>Experte %1 · Schicht %2</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridexperts.cpp" line="249"/>
        <source>%1 of the layer&apos;s routed tokens · %2 tokens per step on this slot</source>
        <translation>%1 der gerouteten Tokens der Schicht · %2 Tokens pro Schritt auf diesem Slot</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridexperts.cpp" line="253"/>
        <source>%1 replicas in this EP group, on GPUs %2</source>
        <translation>%1 Replikate in dieser EP-Gruppe, auf den GPUs %2</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridexperts.cpp" line="254"/>
        <source>no replica: only on GPU %1 in this EP group</source>
        <translation>kein Replikat: nur auf GPU %1 in dieser EP-Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridexperts.cpp" line="255"/>
        <source>dropped over capacity: %1 of its tokens</source>
        <translation>über der Kapazität verworfen: %1 seiner Tokens</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridexperts.cpp" line="258"/>
        <source>the hottest expert (outlined in red)</source>
        <translation>der am stärksten belastete Experte (rot umrandet)</translation>
    </message>
</context>
<context>
    <name>moe::ui::GridPanel</name>
    <message>
        <location filename="../ui/grid/gridpanel.cpp" line="42"/>
        <source>What the colour of each GPU shows</source>
        <translation>Was die Farbe jeder GPU anzeigt</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridpanel.cpp" line="43"/>
        <source>Show expert placement and load for one MoE layer, or all layers together</source>
        <translation>Expertenplatzierung und Last für eine MoE-Schicht oder für alle Schichten zusammen anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridpanel.cpp" line="45"/>
        <source>Export...</source>
        <translation>Exportieren...</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridpanel.cpp" line="46"/>
        <source>Export the grid as PNG, SVG or PDF</source>
        <translation>Das Raster als PNG, SVG oder PDF exportieren</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridpanel.cpp" line="48"/>
        <source>Rescale</source>
        <translation>Skala anpassen</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridpanel.cpp" line="49"/>
        <source>Fit the colour scale to the figures shown now. The scale is otherwise kept while you edit, so that colours stay comparable; it is refitted when you change the metric or the layer, or open a profile.</source>
        <translation>Die Farbskala an die jetzt gezeigten Werte anpassen. Sonst bleibt die Skala beim Bearbeiten erhalten, damit die Farben vergleichbar bleiben; sie wird neu angepasst, wenn Sie die Größe oder die Schicht wechseln oder ein Profil öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridpanel.cpp" line="54"/>
        <source>Heat Maps</source>
        <translation>Heatmaps</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridpanel.cpp" line="55"/>
        <source>Show the routing share by layer and expert, the load by GPU and layer, or the all-to-all traffic matrix beside the grid (View &gt; Heat Maps)</source>
        <translation>Den Routing-Anteil nach Schicht und Experte, die Last nach GPU und Schicht oder die All-to-All-Verkehrsmatrix neben dem Raster anzeigen (Ansicht &gt; Heatmaps)</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridpanel.cpp" line="57"/>
        <source>&amp;Colour by</source>
        <translation>&amp;Farbe nach</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridpanel.cpp" line="59"/>
        <source>MoE &amp;layer</source>
        <translation>MoE-&amp;Schicht</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridpanel.cpp" line="103"/>
        <source>Explain GPU %1...</source>
        <translation>GPU %1 erklären...</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridpanel.cpp" line="105"/>
        <source>Export as PNG, SVG or PDF...</source>
        <translation>Als PNG, SVG oder PDF exportieren...</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridpanel.cpp" line="151"/>
        <source>Move expert %1 from EP rank %2 to %3</source>
        <translation>Experte %1 von EP-Rang %2 nach %3 verschieben</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridpanel.cpp" line="168"/>
        <source>Move expert from EP rank %1 to %2</source>
        <translation>Experte von EP-Rang %1 nach %2 verschieben</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridpanel.cpp" line="177"/>
        <source>Move expert</source>
        <translation>Experte verschieben</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridpanel.cpp" line="192"/>
        <source>all layers</source>
        <translation>alle Schichten</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridpanel.cpp" line="194"/>
        <source>MoE layer %1 (layer %2)</source>
        <translation>MoE-Schicht %1 (Schicht %2)</translation>
    </message>
</context>
<context>
    <name>moe::ui::HeatMapWidget</name>
    <message>
        <location filename="../ui/heatmaps/heatmapwidget.cpp" line="213"/>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmapwidget.cpp" line="232"/>
        <source>mean %1</source>
        <translation>Mittel %1</translation>
    </message>
</context>
<context>
    <name>moe::ui::HeatMapsDock</name>
    <message>
        <location filename="../ui/heatmaps/heatmapsdock.cpp" line="15"/>
        <source>Heat Maps</source>
        <translation>Heatmaps</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmapsdock.cpp" line="24"/>
        <source>Which heat map to show</source>
        <translation>Welche Heatmap angezeigt wird</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmapsdock.cpp" line="25"/>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmapsdock.cpp" line="28"/>
        <source>Export...</source>
        <translation>Exportieren...</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmapsdock.cpp" line="29"/>
        <source>Export this heat map as PNG, SVG or PDF</source>
        <translation>Diese Heatmap als PNG, SVG oder PDF exportieren</translation>
    </message>
</context>
<context>
    <name>moe::ui::LatencyChart</name>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="82"/>
        <source>time per step</source>
        <translation>Zeit pro Schritt</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="88"/>
        <source>Step time by component for the straggler GPU; hover a bar for its formula</source>
        <translation>Schrittzeit nach Komponente für die langsamste GPU; zeigen Sie mit der Maus auf einen Balken, um seine Formel zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="239"/>
        <source>Decode step %1 (%2/token) · %3 · MFU %4</source>
        <translation>Decode-Schritt %1 (%2/Token) · %3 · MFU %4</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="120"/>
        <location filename="../ui/charts/latencychart.cpp" line="485"/>
        <source>step time (total)</source>
        <translation>Schrittzeit (gesamt)</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="229"/>
        <source>time per token (%1)</source>
        <translation>Zeit pro Token (%1)</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="135"/>
        <location filename="../ui/charts/latencychart.cpp" line="229"/>
        <source>time per step (%1)</source>
        <translation>Zeit pro Schritt (%1)</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="297"/>
        <location filename="../ui/charts/latencychart.cpp" line="486"/>
        <source>%1 (credit)</source>
        <translation>%1 (Gutschrift)</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="304"/>
        <source>%1 · baseline %2 ◂</source>
        <translation>%1 · Vergleichsbasis %2 ◂</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="304"/>
        <source>%1 · baseline %2 ▸</source>
        <translation>%1 · Vergleichsbasis %2 ▸</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="306"/>
        <source>%1 · %2 ◂</source>
        <translation>%1 · %2 ◂</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="306"/>
        <source>%1 · %2 ▸</source>
        <translation>%1 · %2 ▸</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="372"/>
        <source>%1 ±%2</source>
        <translation>%1 ±%2</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="491"/>
        <source>&lt;br&gt;±%1: between %2 and %3, the leave-one-out band of the calibrated system &quot;%4&quot;</source>
        <translation>&lt;br&gt;±%1: zwischen %2 und %3, das Leave-one-out-Band des kalibrierten Systems „%4“</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="496"/>
        <source> (baseline %1)</source>
        <translation> (Vergleichsbasis %1)</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="499"/>
        <source>&lt;br&gt;communication hidden under compute, subtracted from the sum</source>
        <translation>&lt;br&gt;Kommunikation, die hinter Rechenzeit verborgen ist, wird von der Summe abgezogen</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="231"/>
        <source>Not evaluated: %1</source>
        <translation>Nicht ausgewertet: %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="234"/>
        <source>Step time %1 · %2 · MFU %3</source>
        <translation>Schrittzeit %1 · %2 · MFU %3</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="234"/>
        <source>Time per token %1 · %2 · MFU %3</source>
        <translation>Zeit pro Token %1 · %2 · MFU %3</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="246"/>
        <source> · baseline %1 (%2), dashed</source>
        <translation> · Basis %1 (%2), gestrichelt</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="249"/>
        <source> · baseline: not evaluated</source>
        <translation> · Vergleichsbasis: nicht ausgewertet</translation>
    </message>
</context>
<context>
    <name>moe::ui::MainWindow</name>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="263"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="288"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="289"/>
        <source>&amp;GPU Grid...</source>
        <translation>&amp;GPU-Raster...</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="289"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="290"/>
        <source>&amp;Latency Chart...</source>
        <translation>&amp;Latenzdiagramm...</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="291"/>
        <source>&amp;Memory Chart...</source>
        <translation>&amp;Speicherdiagramm...</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="300"/>
        <source>Design-Review &amp;Report...</source>
        <translation>Design-Review-&amp;Bericht...</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="300"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="302"/>
        <source>The analysis as Markdown, HTML or PDF, every number computed, the charts embedded</source>
        <translation>Die Analyse als Markdown, HTML oder PDF, mit allen berechneten Zahlen und eingebetteten Diagrammen</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="304"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="207"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="209"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="212"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="216"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="219"/>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="222"/>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="225"/>
        <source>Focus the &amp;Grid</source>
        <translation>Fokus auf das &amp;Raster</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="225"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="228"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="229"/>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="242"/>
        <source>&amp;About MoE Explorer</source>
        <translation>&amp;Über MoE Explorer</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="243"/>
        <source>About MoE Explorer</source>
        <translation>Über MoE Explorer</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="244"/>
        <source>&lt;p&gt;&lt;b&gt;MoE Explorer&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;An analytic cost model for Mixture-of-Experts deployments. Every figure is computed from the profile&apos;s inputs; the Explain panel shows each formula with its values and its source.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;MoE Explorer&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Ein analytisches Kostenmodell für Mixture-of-Experts-Deployments. Jede Größe wird aus den Eingaben des Profils berechnet; das Panel „Erklärung“ zeigt jede Formel mit ihren Werten und ihrer Quelle.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="264"/>
        <source>New &amp;Profile...</source>
        <translation>Neues &amp;Profil...</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="264"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="267"/>
        <source>Choose a model, a system, a GPU count and a workload</source>
        <translation>Ein Modell, ein System, eine GPU-Anzahl und eine Last wählen</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="268"/>
        <source>&amp;New from Built-in...</source>
        <translation>&amp;Neu aus integriertem Profil...</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="271"/>
        <source>Start from one of the built-in profiles, the source scenario first</source>
        <translation>Mit einem der integrierten Profile beginnen (das Ausgangsszenario steht an erster Stelle)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="272"/>
        <source>&amp;Open...</source>
        <translation>&amp;Öffnen...</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="279"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="281"/>
        <source>Save &amp;As...</source>
        <translation>Speichern &amp;unter...</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="281"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="284"/>
        <source>Re&amp;vert to Saved</source>
        <translation>Auf gespeicherte &amp;Version zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="286"/>
        <source>Throw away the unsaved changes and reload the profile</source>
        <translation>Die ungespeicherten Änderungen verwerfen und das Profil neu laden</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="292"/>
        <source>&amp;Routing Heat Map...</source>
        <translation>&amp;Routing-Heatmap...</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="293"/>
        <source>Load &amp;by GPU Heat Map...</source>
        <translation>Last-&amp;Heatmap pro GPU...</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="294"/>
        <source>All-to-All &amp;Traffic Heat Map...</source>
        <translation>All-to-All-&amp;Verkehr als Heatmap...</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="296"/>
        <source>Search &amp;Scatter...</source>
        <translation>Such-S&amp;treudiagramm...</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="297"/>
        <source>&amp;Feasibility Map...</source>
        <translation>Machbarkeits&amp;karte...</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="298"/>
        <source>Search Results as &amp;CSV...</source>
        <translation>Suchergebnisse als &amp;CSV...</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="310"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="311"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="315"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="317"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="317"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="321"/>
        <source>Undo &amp;History</source>
        <translation>Rückgängig-&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="322"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="323"/>
        <source>Every edit since the profile was opened; click one to go back to it</source>
        <translation>Jede Änderung seit dem Öffnen des Profils; klicken Sie auf eine, um zu ihr zurückzukehren</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="329"/>
        <source>&amp;Strategy</source>
        <translation>&amp;Strategie</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="330"/>
        <source>&amp;Search All Strategies</source>
        <translation>Alle Strategien &amp;durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="330"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="335"/>
        <source>Evaluate every legal strategy and rank them</source>
        <translation>Alle zulässigen Strategien auswerten und in eine Rangfolge bringen</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="337"/>
        <source>&amp;Pin as Baseline</source>
        <translation>Als Vergleichsbasis &amp;festlegen</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="337"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="338"/>
        <source>Compare every later figure with the current strategy</source>
        <translation>Alle späteren Werte mit der aktuellen Strategie vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="339"/>
        <source>&amp;Clear Baseline</source>
        <translation>Vergleichsbasis &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="340"/>
        <source>Stop comparing with a baseline</source>
        <translation>Nicht mehr mit einer Vergleichsbasis vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="345"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="346"/>
        <source>&amp;Calibrate...</source>
        <translation>&amp;Kalibrieren...</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="348"/>
        <source>Fit a system to your measurements and save it as a user system</source>
        <translation>Ein System an Ihre Messungen anpassen und als Benutzersystem speichern</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="365"/>
        <source>Pin baseline</source>
        <translation>Vergleichsbasis festlegen</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="372"/>
        <source>Clear baseline</source>
        <translation>Vergleichsbasis entfernen</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="472"/>
        <source>%1[*] — MoE Explorer</source>
        <translation>%1[*] — MoE Explorer</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="503"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="503"/>
        <source>PDF document (*.pdf);;HTML page (*.html);;Markdown (*.md)</source>
        <translation>PDF-Dokument (*.pdf);;HTML-Seite (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="521"/>
        <source>Report cancelled; %1 was not written</source>
        <translation>Bericht abgebrochen; %1 wurde nicht geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="523"/>
        <source>Report failed</source>
        <translation>Bericht fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="523"/>
        <source>The report was not written.</source>
        <translation>Der Bericht wurde nicht geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="525"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="546"/>
        <location filename="../ui/window/mainwindow.cpp" line="569"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="547"/>
        <location filename="../ui/window/mainwindow.cpp" line="570"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="553"/>
        <location filename="../ui/window/mainwindow.cpp" line="576"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="570"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
</context>
<context>
    <name>moe::ui::MemoryChart</name>
    <message>
        <location filename="../ui/charts/memorychart.cpp" line="46"/>
        <source>GPU %1 (selected)</source>
        <translation>GPU %1 (ausgewählt)</translation>
    </message>
    <message>
        <location filename="../ui/charts/memorychart.cpp" line="46"/>
        <source>sel</source>
        <translation>ausg.</translation>
    </message>
    <message>
        <location filename="../ui/charts/memorychart.cpp" line="58"/>
        <source>stage %1: GPU %2</source>
        <translation>Stufe %1: GPU %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/memorychart.cpp" line="60"/>
        <source>GPU %1 (fullest)</source>
        <translation>GPU %1 (vollste)</translation>
    </message>
    <message>
        <location filename="../ui/charts/memorychart.cpp" line="60"/>
        <source>top</source>
        <translation>max</translation>
    </message>
    <message>
        <location filename="../ui/charts/memorychart.cpp" line="74"/>
        <source>Memory per GPU by component against its capacity (the line)</source>
        <translation>Speicher pro GPU nach Komponente im Verhältnis zur Kapazität (die Linie)</translation>
    </message>
    <message>
        <location filename="../ui/charts/memorychart.cpp" line="83"/>
        <source>capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location filename="../ui/charts/memorychart.cpp" line="87"/>
        <source>memory per GPU (GiB)</source>
        <translation>Speicher pro GPU (GiB)</translation>
    </message>
    <message>
        <location filename="../ui/charts/memorychart.cpp" line="120"/>
        <source>stage (top: fullest)</source>
        <translation>Stufe (max: vollste)</translation>
    </message>
    <message>
        <location filename="../ui/charts/memorychart.cpp" line="166"/>
        <source>Not evaluated: %1</source>
        <translation>Nicht ausgewertet: %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/memorychart.cpp" line="174"/>
        <source>baseline</source>
        <translation>Vergleichsbasis</translation>
    </message>
    <message>
        <location filename="../ui/charts/memorychart.cpp" line="174"/>
        <source>base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../ui/charts/memorychart.cpp" line="176"/>
        <source>base: n/a</source>
        <translation>Basis: k. A.</translation>
    </message>
    <message>
        <location filename="../ui/charts/memorychart.cpp" line="176"/>
        <source>baseline:&lt;br&gt;not evaluated</source>
        <translation>Vergleichsbasis:&lt;br&gt;nicht ausgewertet</translation>
    </message>
    <message>
        <location filename="../ui/charts/memorychart.cpp" line="120"/>
        <source>stage (sel: selected GPU, top: fullest)</source>
        <translation>Stufe (ausg.: ausgewählte GPU, max: vollste)</translation>
    </message>
    <message>
        <location filename="../ui/charts/memorychart.cpp" line="224"/>
        <source>limit %1</source>
        <translation>Grenze %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/memorychart.cpp" line="224"/>
        <source>capacity %1</source>
        <translation>Kapazität %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/memorychart.cpp" line="229"/>
        <source>Over capacity: GPU %1 needs %2 of %3 allowed (%4 too much)</source>
        <translation>Kapazität überschritten: GPU %1 benötigt %2 von %3 erlaubten (%4 zu viel)</translation>
    </message>
    <message>
        <location filename="../ui/charts/memorychart.cpp" line="232"/>
        <source>Memory per GPU: fullest GPU %1 uses %2 of %3 (%4)</source>
        <translation>Speicher pro GPU: Die vollste GPU %1 belegt %2 von %3 (%4)</translation>
    </message>
</context>
<context>
    <name>moe::ui::NewProfileDialog</name>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="53"/>
        <source>%1 parameters, %2 active per token</source>
        <translation>%1 Parameter, davon %2 aktiv pro Token</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="83"/>
        <source>New Profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="86"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="90"/>
        <source>From a Hugging Face config.json...</source>
        <translation>Aus einer config.json von Hugging Face...</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="91"/>
        <source>A model of the library (docs/models.md), or a config.json to import</source>
        <translation>Ein Modell der Bibliothek (docs/models.md) oder eine zu importierende config.json</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="92"/>
        <source>config.json of the model</source>
        <translation>config.json des Modells</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="93"/>
        <source>Mixtral, DeepSeek-V2/V3, Qwen2/Qwen3 MoE, Llama 3/4, gpt-oss and GLM-4.5 MoE configurations are read</source>
        <translation>Gelesen werden Konfigurationen von Mixtral, DeepSeek-V2/V3, Qwen2/Qwen3 MoE, Llama 3/4, gpt-oss und GLM-4.5 MoE</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="95"/>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="101"/>
        <source>The hardware, from the systems library (docs/systems.md) or your calibrated systems</source>
        <translation>Die Hardware, aus der Systembibliothek (docs/systems.md) oder aus Ihren kalibrierten Systemen</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="103"/>
        <source>GPUs in the cluster</source>
        <translation>GPUs im Cluster</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="104"/>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="105"/>
        <source>prefill</source>
        <translation>Prefill</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="106"/>
        <source>decode</source>
        <translation>Decode</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="108"/>
        <source>Training iteration, prefill of the batch, or one decode step</source>
        <translation>Trainingsiteration, Prefill des Batches oder ein Decode-Schritt</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="109"/>
        <source>Sequences per step, all data-parallel replicas together</source>
        <translation>Sequenzen pro Schritt, alle datenparallelen Replikate zusammen</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="110"/>
        <source>Tokens per sequence; for decode, the context already cached</source>
        <translation>Tokens pro Sequenz; bei Decode der bereits zwischengespeicherte Kontext</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="111"/>
        <source>The profile&apos;s name, shown in the title until it is saved</source>
        <translation>Der Name des Profils, der bis zum Speichern im Titel angezeigt wird</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="116"/>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="120"/>
        <source>Start from real hardware and a real model: every hardware and architecture figure comes from the libraries, with its source.</source>
        <translation>Beginnen Sie mit realer Hardware und einem realen Modell: Jede Hardware- und Architekturangabe stammt aus den Bibliotheken, mit ihrer Quelle.</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="125"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="126"/>
        <source>config.json:</source>
        <translation>config.json:</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="127"/>
        <source>&amp;System:</source>
        <translation>&amp;System:</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="128"/>
        <source>&amp;GPUs:</source>
        <translation>&amp;GPUs:</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="129"/>
        <source>&amp;Workload:</source>
        <translation>&amp;Last:</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="130"/>
        <source>&amp;Batch:</source>
        <translation>&amp;Batch:</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="131"/>
        <source>Se&amp;quence length:</source>
        <translation>Se&amp;quenzlänge:</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="132"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="142"/>
        <source>Import config.json</source>
        <translation>config.json importieren</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="143"/>
        <source>Model configurations (*.json);;All files (*)</source>
        <translation>Modellkonfigurationen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="213"/>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="216"/>
        <source>approximated: %1</source>
        <translation>angenähert: %1</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="218"/>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="221"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="246"/>
        <source>Choose a config.json to import.</source>
        <translation>Wählen Sie eine config.json zum Importieren.</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="254"/>
        <source>Choose a model.</source>
        <translation>Wählen Sie ein Modell.</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="266"/>
        <source>Imported model</source>
        <translation>Importiertes Modell</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="269"/>
        <source>%1 on %2 × %3, %4</source>
        <translation>%1 auf %2 × %3, %4</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="284"/>
        <source>The system “%1” is not in the library.</source>
        <translation>Das System „%1“ ist nicht in der Bibliothek.</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="303"/>
        <source>Step time %1, %2; fullest GPU %3 of %4; checks: %5.</source>
        <translation>Schrittzeit %1, %2; vollste GPU %3 von %4; Prüfungen: %5.</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="306"/>
        <source>all pass</source>
        <translation>alle bestanden</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="306"/>
        <source>some fail (the verdict says which)</source>
        <translation>einige nicht bestanden (die Bewertung nennt sie)</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="308"/>
        <source>Not evaluated: %1</source>
        <translation>Nicht ausgewertet: %1</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="315"/>
        <source>%1 on %2 × %3.</source>
        <translation>%1 auf %2 × %3.</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="317"/>
        <source>Starting point: %1. Strategy &gt; Search finds the fastest strategy.</source>
        <translation>Ausgangspunkt: %1. „Strategie &gt; Alle Strategien durchsuchen“ findet die schnellste Strategie.</translation>
    </message>
</context>
<context>
    <name>moe::ui::ParameterSlider</name>
    <message>
        <location filename="../ui/window/parameterslider.cpp" line="36"/>
        <source>The legal values with the other parameters held as they are</source>
        <translation>Die zulässigen Werte, wenn die übrigen Parameter unverändert bleiben</translation>
    </message>
    <message>
        <location filename="../ui/window/parameterslider.cpp" line="57"/>
        <source>nearest legal:</source>
        <translation>nächste zulässige:</translation>
    </message>
    <message>
        <location filename="../ui/window/parameterslider.cpp" line="61"/>
        <source>Use this legal value instead</source>
        <translation>Stattdessen diesen zulässigen Wert verwenden</translation>
    </message>
    <message>
        <location filename="../ui/window/parameterslider.cpp" line="88"/>
        <source>steps: %1 to %2; any value can be typed</source>
        <translation>Schritte: %1 bis %2; jeder Wert kann eingegeben werden</translation>
    </message>
    <message>
        <location filename="../ui/window/parameterslider.cpp" line="90"/>
        <source>no legal value with the other parameters</source>
        <translation>kein zulässiger Wert mit den übrigen Parametern</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/parameterslider.cpp" line="91"/>
        <source>legal: %1 to %2 (%n value(s))</source>
        <translation>
            <numerusform>zulässig: %1 bis %2 (%n Wert)</numerusform>
            <numerusform>zulässig: %1 bis %2 (%n Werte)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/window/parameterslider.cpp" line="94"/>
        <source>; %1 is not legal</source>
        <translation>; %1 ist nicht zulässig</translation>
    </message>
    <message>
        <location filename="../ui/window/parameterslider.cpp" line="167"/>
        <source>%1
F1: the glossary (Help &gt; Getting Started)</source>
        <translation>%1
F1: das Glossar (Hilfe &gt; Erste Schritte)</translation>
    </message>
</context>
<context>
    <name>moe::ui::ParametersDock</name>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="57"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="91"/>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="91"/>
        <source>prefill</source>
        <translation>Prefill</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="91"/>
        <source>decode</source>
        <translation>Decode</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="92"/>
        <source>Training iteration, prefill of the batch, or one decode step</source>
        <translation>Trainingsiteration, Prefill des Batches oder ein Decode-Schritt</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="93"/>
        <source>&amp;Mode</source>
        <translation>&amp;Modus</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="98"/>
        <source>Set mode to %1</source>
        <translation>Modus auf %1 setzen</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="106"/>
        <source>&amp;EP</source>
        <translation>&amp;EP</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="106"/>
        <source>Expert parallelism: GPUs an expert layer&apos;s experts are spread over</source>
        <translation>Expertenparallelität: GPUs, auf die die Experten einer Expertenschicht verteilt werden</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="107"/>
        <source>&amp;TP</source>
        <translation>&amp;TP</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="107"/>
        <source>Tensor parallelism: GPUs each layer&apos;s matrices are split over</source>
        <translation>Tensorparallelität: GPUs, auf die die Matrizen jeder Schicht aufgeteilt werden</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="108"/>
        <source>&amp;PP</source>
        <translation>&amp;PP</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="108"/>
        <source>Pipeline parallelism: stages the layers are cut into</source>
        <translation>Pipeline-Parallelität: Stufen, in die die Schichten zerlegt werden</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="109"/>
        <source>&amp;DP</source>
        <translation>&amp;DP</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="109"/>
        <source>Data parallelism: replicas of each pipeline stage&apos;s attention</source>
        <translation>Datenparallelität: Replikate der Attention jeder Pipeline-Stufe</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="110"/>
        <source>ET&amp;P</source>
        <translation>ET&amp;P</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="110"/>
        <source>Expert tensor parallelism: GPUs each expert is split over</source>
        <translation>Experten-Tensorparallelität: GPUs, auf die jeder Experte aufgeteilt wird</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="111"/>
        <source>&amp;Batch</source>
        <translation>&amp;Batch</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="111"/>
        <source>Sequences per step, all replicas together</source>
        <translation>Sequenzen pro Schritt, alle Replikate zusammen</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="112"/>
        <source>&amp;Sequence</source>
        <translation>Se&amp;quenz</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="112"/>
        <source>Tokens per sequence; for decode, the context already cached</source>
        <translation>Tokens pro Sequenz; bei Decode der bereits zwischengespeicherte Kontext</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="113"/>
        <source>Micro-b&amp;atches</source>
        <translation>Mic&amp;ro-Batches</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="113"/>
        <source>Micro-batches per replica and step, for pipelining</source>
        <translation>Micro-Batches pro Replikat und Schritt, für das Pipelining</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="132"/>
        <source>Set %1 to %2</source>
        <translation>%1 auf %2 setzen</translation>
    </message>
</context>
<context>
    <name>moe::ui::PopOutTabs</name>
    <message>
        <location filename="../ui/search/popouttabs.cpp" line="44"/>
        <location filename="../ui/search/popouttabs.cpp" line="111"/>
        <source>Pop out</source>
        <translation>Abkoppeln</translation>
    </message>
    <message>
        <location filename="../ui/search/popouttabs.cpp" line="45"/>
        <source>Show this view in a window of its own, as large as you like; close the window to bring it back</source>
        <translation>Diese Ansicht in einem eigenen Fenster beliebiger Größe zeigen; schließen Sie das Fenster, um sie zurückzuholen</translation>
    </message>
    <message>
        <location filename="../ui/search/popouttabs.cpp" line="86"/>
        <source>Shown in its own window; close it (or press Pop out again) to bring it back here.</source>
        <translation>In einem eigenen Fenster angezeigt; schließen Sie es (oder klicken Sie erneut auf „Abkoppeln“), um die Ansicht hierher zurückzuholen.</translation>
    </message>
    <message>
        <location filename="../ui/search/popouttabs.cpp" line="93"/>
        <source>Bring back</source>
        <translation>Zurückholen</translation>
    </message>
</context>
<context>
    <name>moe::ui::ProfileForm</name>
    <message>
        <location filename="../ui/window/profileform.cpp" line="54"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="55"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="56"/>
        <source>Workload and limits</source>
        <translation>Last und Grenzen</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="77"/>
        <source>custom</source>
        <translation>benutzerdefiniert</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="78"/>
        <source>Set system to %1</source>
        <translation>System auf %1 setzen</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="127"/>
        <source>Not used with system %1: its kernel efficiency model times every kernel. Choose Custom to use these.</source>
        <translation>Bei System %1 nicht verwendet: Sein Kernel-Effizienzmodell bestimmt die Zeit jedes Kernels. Wählen Sie „Benutzerdefiniert“, um diese Werte zu verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="135"/>
        <source>Set by system %1 (docs/systems.md). Type a value to override it.</source>
        <translation>Durch System %1 festgelegt (docs/systems.md). Geben Sie einen Wert ein, um ihn zu überschreiben.</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="140"/>
        <source>Overrides system %1, which sets %2.</source>
        <translation>Überschreibt System %1, das %2 festlegt.</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="156"/>
        <source>Set %1 to %2</source>
        <translation>%1 auf %2 setzen</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="209"/>
        <location filename="../ui/window/profileform.cpp" line="280"/>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="209"/>
        <location filename="../ui/window/profileform.cpp" line="280"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="237"/>
        <source>The attention core (Megatron&apos;s default; nothing to rerun with FlashAttention)</source>
        <translation>Der Attention-Kern (Megatrons Vorgabe; mit FlashAttention gibt es nichts erneut zu rechnen)</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="238"/>
        <source>Each layer&apos;s two norms: their outputs are not kept</source>
        <translation>Die beiden Normen jeder Schicht: ihre Ausgaben werden nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="239"/>
        <source>MLA&apos;s up-projections: Q, K and V are rebuilt from the latents</source>
        <translation>Die Up-Projektionen von MLA: Q, K und V werden aus den Latenten neu berechnet</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="240"/>
        <source>The dense layers&apos; FFNs: only their input is kept</source>
        <translation>Die FFNs der dichten Schichten: nur ihre Eingabe wird gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="241"/>
        <source>The routed experts&apos; activation function: its output is not kept</source>
        <translation>Die Aktivierungsfunktion der gerouteten Experten: ihre Ausgabe wird nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="242"/>
        <source>The shared experts: only their input is kept</source>
        <translation>Die geteilten Experten: nur ihre Eingabe wird gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="243"/>
        <source>The whole MoE layer, its all-to-all included: only its input is kept</source>
        <translation>Die ganze MoE-Schicht samt All-to-All: nur ihre Eingabe wird behalten</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="248"/>
        <source>Recomputed modules</source>
        <translation>Neu berechnete Module</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="283"/>
        <source>With selective recomputation: the modules the backward pass runs again</source>
        <translation>Bei selektiver Neuberechnung: die Module, die der Rückwärtsdurchlauf erneut ausführt</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="296"/>
        <source>Custom (the values below)</source>
        <translation>Benutzerdefiniert (die Werte unten)</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="297"/>
        <source>A system from the systems library (docs/systems.md) or one you calibrated: it sets the hardware figures below</source>
        <translation>Ein System aus der Systembibliothek (docs/systems.md) oder eines, das Sie kalibriert haben: Es legt die Hardwarewerte unten fest</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="299"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="301"/>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="301"/>
        <source>GPUs in the cluster</source>
        <translation>GPUs im Cluster</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="304"/>
        <location filename="../ui/window/profileform.cpp" line="342"/>
        <source>GPUs per node</source>
        <translation>GPUs pro Knoten</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="304"/>
        <source>GPUs joined by the intra-node (NVLink-class) fabric</source>
        <translation>GPUs, die über das knoteninterne Netz (NVLink-Klasse) verbunden sind</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="307"/>
        <location filename="../ui/window/profileform.cpp" line="343"/>
        <source>GPU memory</source>
        <translation>GPU-Speicher</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="307"/>
        <source>Memory capacity per GPU</source>
        <translation>Speicherkapazität pro GPU</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="307"/>
        <location filename="../ui/window/profileform.cpp" line="340"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="312"/>
        <location filename="../ui/window/profileform.cpp" line="344"/>
        <source>Peak compute</source>
        <translation>Spitzenrechenleistung</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="312"/>
        <source>Dense peak FLOP/s at the compute data type</source>
        <translation>Dichte Spitzen-FLOP/s im Rechendatentyp</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="313"/>
        <source> TFLOP/s</source>
        <translation> TFLOP/s</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="315"/>
        <location filename="../ui/window/profileform.cpp" line="345"/>
        <source>HBM bandwidth</source>
        <translation>HBM-Bandbreite</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="315"/>
        <source>Memory bandwidth per GPU</source>
        <translation>Speicherbandbreite pro GPU</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="315"/>
        <location filename="../ui/window/profileform.cpp" line="318"/>
        <location filename="../ui/window/profileform.cpp" line="323"/>
        <source> GB/s</source>
        <translation> GB/s</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="317"/>
        <location filename="../ui/window/profileform.cpp" line="346"/>
        <source>Intra-node link</source>
        <translation>Knoteninterne Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="317"/>
        <source>NVLink-class bandwidth per GPU, one direction</source>
        <translation>Bandbreite der NVLink-Klasse pro GPU, eine Richtung</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="320"/>
        <location filename="../ui/window/profileform.cpp" line="347"/>
        <source>Intra-node latency</source>
        <translation>Knoteninterne Latenz</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="320"/>
        <source>Start-up cost of one intra-node message</source>
        <translation>Startkosten einer knoteninternen Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="321"/>
        <location filename="../ui/window/profileform.cpp" line="327"/>
        <source> us</source>
        <translation> us</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="323"/>
        <location filename="../ui/window/profileform.cpp" line="348"/>
        <source>Inter-node link</source>
        <translation>Verbindung zwischen Knoten</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="323"/>
        <source>NIC bandwidth per GPU, one direction</source>
        <translation>NIC-Bandbreite pro GPU, eine Richtung</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="326"/>
        <location filename="../ui/window/profileform.cpp" line="349"/>
        <source>Inter-node latency</source>
        <translation>Latenz zwischen Knoten</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="326"/>
        <source>Start-up cost of one message across nodes</source>
        <translation>Startkosten einer Nachricht zwischen Knoten</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="329"/>
        <location filename="../ui/window/profileform.cpp" line="350"/>
        <source>Compute efficiency</source>
        <translation>Recheneffizienz</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="329"/>
        <source>Fraction of peak FLOP/s that large GEMMs reach</source>
        <translation>Anteil der Spitzen-FLOP/s, den große GEMMs erreichen</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="332"/>
        <location filename="../ui/window/profileform.cpp" line="350"/>
        <source>HBM efficiency</source>
        <translation>HBM-Effizienz</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="332"/>
        <source>Fraction of HBM bandwidth reached</source>
        <translation>Erreichter Anteil der HBM-Bandbreite</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="334"/>
        <location filename="../ui/window/profileform.cpp" line="350"/>
        <source>Network efficiency</source>
        <translation>Netzwerkeffizienz</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="334"/>
        <source>Fraction of link bandwidth collectives reach</source>
        <translation>Anteil der Verbindungsbandbreite, den Kollektive erreichen</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="337"/>
        <source>Overlap</source>
        <translation>Überlappung</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="337"/>
        <source>Fraction of communication hidden under compute</source>
        <translation>Anteil der Kommunikation, der hinter Berechnungen verborgen wird</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="339"/>
        <source>Runtime reserve</source>
        <translation>Laufzeitreserve</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="339"/>
        <source>Memory the runtime keeps for itself on every GPU</source>
        <translation>Speicher, den die Laufzeitumgebung auf jeder GPU für sich reserviert</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="364"/>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="364"/>
        <source>Transformer layers</source>
        <translation>Transformer-Schichten</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="365"/>
        <source>Dense layers</source>
        <translation>Dichte Schichten</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="365"/>
        <source>The first layers, without experts</source>
        <translation>Die ersten Schichten, ohne Experten</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="366"/>
        <source>Hidden size</source>
        <translation>Hidden-Dimension</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="366"/>
        <source>Model (embedding) dimension h</source>
        <translation>Modell-(Embedding-)Dimension h</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="367"/>
        <source>Attention heads</source>
        <translation>Attention-Heads</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="367"/>
        <source>Query heads</source>
        <translation>Query-Heads</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="368"/>
        <source>KV heads</source>
        <translation>KV-Heads</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="368"/>
        <source>Key/value heads: equal to heads for MHA, fewer for GQA, 1 for MQA</source>
        <translation>Key/Value-Heads: gleich der Anzahl der Heads bei MHA, weniger bei GQA, 1 bei MQA</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="370"/>
        <source>Experts</source>
        <translation>Experten</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="370"/>
        <source>Routed experts per MoE layer; 0 for a dense model</source>
        <translation>Geroutete Experten pro MoE-Schicht; 0 für ein dichtes Modell</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="371"/>
        <source>Shared experts</source>
        <translation>Geteilte Experten</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="371"/>
        <source>Experts every token passes through</source>
        <translation>Experten, die jedes Token durchläuft</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="372"/>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="372"/>
        <source>Routed experts per token</source>
        <translation>Geroutete Experten pro Token</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="373"/>
        <source>Expert FFN size</source>
        <translation>FFN-Größe der Experten</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="373"/>
        <source>Hidden size of one expert&apos;s FFN</source>
        <translation>Hidden-Dimension des FFN eines Experten</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="374"/>
        <source>Dense FFN size</source>
        <translation>FFN-Größe dichter Schichten</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="374"/>
        <source>Hidden size of a dense layer&apos;s FFN</source>
        <translation>Hidden-Dimension des FFN einer dichten Schicht</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="375"/>
        <source>Vocabulary</source>
        <translation>Vokabular</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="375"/>
        <source>Vocabulary size (0: no embeddings counted)</source>
        <translation>Vokabulargröße (0: keine Embeddings mitgezählt)</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="376"/>
        <source>Gated FFN</source>
        <translation>Gated FFN</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="376"/>
        <source>Three matrices (SwiGLU) instead of two</source>
        <translation>Drei Matrizen (SwiGLU) statt zwei</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="378"/>
        <source>Tied embeddings</source>
        <translation>Gekoppelte Embeddings</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="378"/>
        <source>The LM head shares the embedding table</source>
        <translation>Der LM-Head teilt sich die Embedding-Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="382"/>
        <source>Bytes per element: 2 for BF16, 1 for FP8, 0.5 for 4-bit</source>
        <translation>Bytes pro Element: 2 für BF16, 1 für FP8, 0,5 für 4 Bit</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="383"/>
        <source> B</source>
        <translation> B</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="386"/>
        <source>Weight bytes</source>
        <translation>Gewichts-Bytes</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="387"/>
        <source>Activation bytes</source>
        <translation>Aktivierungs-Bytes</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="388"/>
        <source>KV-cache bytes</source>
        <translation>KV-Cache-Bytes</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="389"/>
        <source>FP8 scaling</source>
        <translation>FP8-Skalierung</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="390"/>
        <source>How FP8 GEMM inputs are scaled (Megatron&apos;s fp8_recipe); used when the GEMMs run in FP8 on wider activations, which are cast. Current scaling reads each input once more for its amax; block recipes store scales beside it</source>
        <translation>Wie FP8-GEMM-Eingaben skaliert werden (Megatrons fp8_recipe); wirkt, wenn die GEMMs in FP8 auf breiteren Aktivierungen laufen, die umgewandelt werden. Aktuelle Skalierung liest jede Eingabe für ihr Amax ein weiteres Mal; Block-Rezepte speichern Skalierungsfaktoren daneben</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="393"/>
        <source>delayed</source>
        <translation>verzögert</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="393"/>
        <source>current (tensorwise)</source>
        <translation>aktuell (pro Tensor)</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="393"/>
        <source>blockwise</source>
        <translation>blockweise</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="393"/>
        <source>MXFP8</source>
        <translation>MXFP8</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="403"/>
        <source>Capacity factor</source>
        <translation>Kapazitätsfaktor</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="403"/>
        <source>Tokens an expert accepts, as a multiple of the mean; the rest are dropped</source>
        <translation>Tokens, die ein Experte annimmt, als Vielfaches des Mittelwerts; der Rest wird verworfen</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="406"/>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="406"/>
        <source>How tokens choose experts</source>
        <translation>Wie Tokens Experten wählen</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="406"/>
        <source>uniform</source>
        <translation>gleichverteilt</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="406"/>
        <source>Zipf</source>
        <translation>Zipf</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="406"/>
        <source>measured (from the file)</source>
        <translation>gemessen (aus der Datei)</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="406"/>
        <source>power law</source>
        <translation>Potenzgesetz</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="415"/>
        <source>Zipf exponent</source>
        <translation>Zipf-Exponent</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="415"/>
        <source>s in weight(i) = 1 / (i + 1)^s; larger is more skewed</source>
        <translation>s in weight(i) = 1 / (i + 1)^s; größere Werte bedeuten eine schiefere Verteilung</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="417"/>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="417"/>
        <source>How experts are laid out over the EP ranks</source>
        <translation>Wie die Experten über die EP-Ränge verteilt werden</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="418"/>
        <source>contiguous</source>
        <translation>zusammenhängend</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="418"/>
        <source>round robin</source>
        <translation>reihum</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="418"/>
        <source>balanced</source>
        <translation>ausgeglichen</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="418"/>
        <source>EPLB</source>
        <translation>EPLB</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="418"/>
        <source>manual (drag experts in the grid)</source>
        <translation>manuell (Experten im Raster ziehen)</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="427"/>
        <source>Redundant experts</source>
        <translation>Redundante Experten</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="427"/>
        <source>Extra replicas of the hottest experts</source>
        <translation>Zusätzliche Replikate der meistgenutzten Experten</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="430"/>
        <source>Recomputation</source>
        <translation>Neuberechnung</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="430"/>
        <source>Training: activation recomputation</source>
        <translation>Training: Neuberechnung der Aktivierungen</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="430"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="430"/>
        <source>selective</source>
        <translation>selektiv</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="430"/>
        <source>full</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="434"/>
        <source>Sequence parallel</source>
        <translation>Sequenzparallelität</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="434"/>
        <source>Training: split norms and dropout over the TP ranks</source>
        <translation>Training: Normierungen und Dropout auf die TP-Ränge aufteilen</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="437"/>
        <source>Distributed optimizer</source>
        <translation>Verteilter Optimierer</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="437"/>
        <source>Training: shard optimizer state over DP (ZeRO-1)</source>
        <translation>Training: Optimiererzustand über DP aufteilen (ZeRO-1)</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="440"/>
        <source>Adam moments</source>
        <translation>Adam-Momente</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="441"/>
        <source>Training: the optimizer&apos;s two moments in FP32 (12 bytes of state per parameter with the master weight) or BF16 (8 bytes), as DeepSeek-V3 and Megatron&apos;s precision-aware optimizer keep them</source>
        <translation>Training: die zwei Momente des Optimierers in FP32 (12 Byte Zustand je Parameter mit dem Master-Gewicht) oder BF16 (8 Byte), wie DeepSeek-V3 und Megatrons präzisionsbewusster Optimierer sie halten</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="443"/>
        <source>FP32</source>
        <translation>FP32</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="443"/>
        <source>BF16</source>
        <translation>BF16</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="446"/>
        <source>Memory limit</source>
        <translation>Speichergrenze</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="446"/>
        <source>Fraction of GPU memory a plan may use</source>
        <translation>Anteil des GPU-Speichers, den ein Plan nutzen darf</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="449"/>
        <source>Latency limit</source>
        <translation>Latenzgrenze</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="449"/>
        <source>Largest acceptable step time; 0 for none</source>
        <translation>Größte zulässige Schrittzeit; 0 für keine Grenze</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="449"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="452"/>
        <source>Throughput floor</source>
        <translation>Mindestdurchsatz</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="452"/>
        <source>Smallest acceptable throughput; 0 for none</source>
        <translation>Kleinster zulässiger Durchsatz; 0 für keine Grenze</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="452"/>
        <source> tokens/s</source>
        <translation> Tokens/s</translation>
    </message>
</context>
<context>
    <name>moe::ui::RecentFilesMenu</name>
    <message>
        <location filename="../ui/document/recentfilesmenu.cpp" line="11"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/document/recentfilesmenu.cpp" line="25"/>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <location filename="../ui/document/recentfilesmenu.cpp" line="48"/>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <location filename="../ui/document/recentfilesmenu.cpp" line="49"/>
        <source>Forget the recent files (the files stay)</source>
        <translation>Liste der zuletzt geöffneten Dateien leeren (die Dateien bleiben erhalten)</translation>
    </message>
</context>
<context>
    <name>moe::ui::ReportJob</name>
    <message>
        <location filename="../ui/export/reportjob.cpp" line="30"/>
        <source>Searching every strategy for the report...</source>
        <translation>Alle Strategien werden für den Bericht durchsucht...</translation>
    </message>
    <message>
        <location filename="../ui/export/reportjob.cpp" line="30"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/export/reportjob.cpp" line="31"/>
        <source>Design-Review Report</source>
        <translation>Design-Review-Bericht</translation>
    </message>
</context>
<context>
    <name>moe::ui::SearchDock</name>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="107"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="124"/>
        <location filename="../ui/search/searchdock.cpp" line="560"/>
        <source>Every feasible configuration; double-click or press Enter to apply one</source>
        <translation>Jede machbare Konfiguration; doppelklicken Sie oder drücken Sie die Eingabetaste, um eine anzuwenden</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="129"/>
        <source>Filter rows, e.g. 128 or selective</source>
        <translation>Zeilen filtern, z. B. 128 oder selektiv</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="131"/>
        <source>Show only rows that contain this text</source>
        <translation>Nur Zeilen anzeigen, die diesen Text enthalten</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="146"/>
        <source>Scatter</source>
        <translation>Streudiagramm</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="146"/>
        <source>Search: throughput per GPU against step time</source>
        <translation>Suche: Durchsatz pro GPU gegenüber Schrittzeit</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="147"/>
        <source>Feasibility map</source>
        <translation>Machbarkeitskarte</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="147"/>
        <source>Search: feasibility map</source>
        <translation>Suche: Machbarkeitskarte</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="156"/>
        <source>Scatter: %1</source>
        <translation>Streudiagramm: %1</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="196"/>
        <source>The map&apos;s rows</source>
        <translation>Die Zeilen der Karte</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="197"/>
        <source>The map&apos;s columns</source>
        <translation>Die Spalten der Karte</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="198"/>
        <source>Map &amp;rows</source>
        <translation>Karten&amp;zeilen</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="200"/>
        <source>c&amp;olumns</source>
        <translation>Spalte&amp;n</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="251"/>
        <source>throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="252"/>
        <source>latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="253"/>
        <source>throughput per GPU</source>
        <translation>Durchsatz pro GPU</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="254"/>
        <source>memory headroom</source>
        <translation>Speicherspielraum</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="255"/>
        <source>What ranks the results</source>
        <translation>Kriterium für die Rangfolge der Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="256"/>
        <source>&amp;Search</source>
        <translation>Su&amp;chen</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="257"/>
        <source>Evaluate every legal strategy for this profile</source>
        <translation>Alle zulässigen Strategien für dieses Profil auswerten</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="258"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="259"/>
        <source>Stop the running search</source>
        <translation>Die laufende Suche anhalten</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="261"/>
        <source>Re-run on changes</source>
        <translation>Bei Änderungen neu ausführen</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="262"/>
        <source>Search again when the cluster, model or workload changes</source>
        <translation>Erneut suchen, wenn sich Cluster, Modell oder Last ändern</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="264"/>
        <source>Search progress</source>
        <translation>Suchfortschritt</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="268"/>
        <source>Not searched yet</source>
        <translation>Noch nicht gesucht</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="270"/>
        <source>Rank by</source>
        <translation>Rangfolge nach</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="296"/>
        <source>Not searched: the space has over %L1 configurations (the limit)%2</source>
        <translation>Nicht gesucht: der Raum hat über %L1 Konfigurationen (die Grenze)%2</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="298"/>
        <source>; press Search to search it anyway</source>
        <translation>; Suchen drücken, um trotzdem zu suchen</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="357"/>
        <source>Stopped: the search ran out of memory. Narrow it (Constraints, max GPUs).</source>
        <translation>Abgebrochen: der Suche ging der Speicher aus. Schränken Sie sie ein (Randbedingungen, höchstens GPUs).</translation>
    </message>
    <message>
        <source>Best %L1 so far</source>
        <translation type="vanished">Die bisher besten %L1</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="398"/>
        <source>Searching: %L1 feasible so far; the best %L2 so far are shown</source>
        <translation>Suche läuft: bisher %L1 machbar; die bisher besten %L2 werden angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="499"/>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="523"/>
        <source>Results for %1; search again</source>
        <translation>Ergebnisse für %1; bitte neu suchen</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="529"/>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="530"/>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="531"/>
        <source>workload</source>
        <translation>Last</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="532"/>
        <source>constraints</source>
        <translation>Vorgaben</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="546"/>
        <source>Results for %1 before these changed: %2; search again</source>
        <translation>Ergebnisse für %1 vor diesen Änderungen: %2; bitte neu suchen</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="559"/>
        <source>These results are for other inputs and cannot be applied; search again</source>
        <translation>Diese Ergebnisse gelten für andere Eingaben und können nicht angewendet werden; bitte neu suchen</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="619"/>
        <source>● you are here · %1</source>
        <translation>● Sie sind hier · %1</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="639"/>
        <source>★ best · %1</source>
        <translation>★ beste · %1</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="705"/>
        <source>%1 tokens/s; %2</source>
        <translation>%1 Tokens/s; %2</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="311"/>
        <source>Searching...</source>
        <translation>Suche läuft...</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="490"/>
        <source>; the current strategy is not feasible</source>
        <translation>; die aktuelle Strategie ist nicht machbar</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="493"/>
        <source>; the current strategy ranks %L1 of %L2%3</source>
        <translation>; die aktuelle Strategie belegt Rang %L1 von %L2%3</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="496"/>
        <source>, on the Pareto front</source>
        <translation>, auf der Pareto-Front</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="438"/>
        <source>Cancelled after %L1 configurations: </source>
        <translation>Abgebrochen nach %L1 Konfigurationen: </translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="70"/>
        <source>Apply TP%1 PP%2 DP%3 EP%4</source>
        <translation>TP%1 PP%2 DP%3 EP%4 anwenden</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="75"/>
        <source>, %1 micro-batches</source>
        <translation>, %1 Micro-Batches</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="125"/>
        <source>Best throughput for each pair of values, or why none fits; double-click a coloured cell to apply its best</source>
        <translation>Bester Durchsatz für jedes Wertepaar oder der Grund, warum keine Konfiguration passt; doppelklicken Sie auf eine farbige Zelle, um deren beste anzuwenden</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="397"/>
        <source>Scatter: best %L1 so far</source>
        <translation>Streudiagramm: die bisher besten %L1</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="438"/>
        <source>Evaluated %L1 configurations: </source>
        <translation>%L1 Konfigurationen ausgewertet: </translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="439"/>
        <source>%L1 feasible, %L2 rejected</source>
        <translation>%L1 machbar, %L2 verworfen</translation>
    </message>
</context>
<context>
    <name>moe::ui::SearchResultsModel</name>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="23"/>
        <source>contiguous</source>
        <translation>zusammenhängend</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="25"/>
        <source>round robin</source>
        <translation>reihum</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="27"/>
        <source>balanced</source>
        <translation>ausgeglichen</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="29"/>
        <source>EPLB</source>
        <translation>EPLB</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="31"/>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="41"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="43"/>
        <source>selective</source>
        <translation>selektiv</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="45"/>
        <source>full</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="185"/>
        <source>, %1 redundant</source>
        <translation>, %1 redundant</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="187"/>
        <source>, capacity %1</source>
        <translation>, Kapazität %1</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="224"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="235"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="235"/>
        <source>TP</source>
        <translation>TP</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="235"/>
        <source>PP</source>
        <translation>PP</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="235"/>
        <source>DP</source>
        <translation>DP</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="235"/>
        <source>EP</source>
        <translation>EP</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="236"/>
        <source>ETP</source>
        <translation>ETP</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="236"/>
        <source>Micro-batches</source>
        <translation>Micro-Batches</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="236"/>
        <source>Recompute</source>
        <translation>Neuberechnung</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="236"/>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="236"/>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="236"/>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="237"/>
        <source>Step time</source>
        <translation>Schrittzeit</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="237"/>
        <source>Per GPU</source>
        <translation>Pro GPU</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="237"/>
        <source>Fullest GPU</source>
        <translation>Vollste GPU</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="237"/>
        <source>Headroom</source>
        <translation>Spielraum</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="237"/>
        <source>Pareto</source>
        <translation>Pareto</translation>
    </message>
</context>
<context>
    <name>moe::ui::SearchScatter</name>
    <message>
        <location filename="../ui/search/searchscatter.cpp" line="65"/>
        <source>feasible</source>
        <translation>machbar</translation>
    </message>
    <message>
        <location filename="../ui/search/searchscatter.cpp" line="67"/>
        <source>Pareto front</source>
        <translation>Pareto-Front</translation>
    </message>
    <message>
        <location filename="../ui/search/searchscatter.cpp" line="72"/>
        <source>you are here</source>
        <translation>Sie sind hier</translation>
    </message>
    <message>
        <location filename="../ui/search/searchscatter.cpp" line="177"/>
        <source>Throughput per GPU against step time: the front shows what each millisecond less costs in GPUs. The ring marks the current strategy. Hover a point for its strategy, click to apply it</source>
        <translation>Durchsatz pro GPU gegenüber der Schrittzeit: Die Front zeigt, was jede Millisekunde weniger an GPUs kostet. Der Ring markiert die aktuelle Strategie. Zeigen Sie mit der Maus auf einen Punkt, um seine Strategie zu sehen, und klicken Sie, um sie anzuwenden</translation>
    </message>
    <message>
        <location filename="../ui/search/searchscatter.cpp" line="280"/>
        <source>step time (%1)</source>
        <translation>Schrittzeit (%1)</translation>
    </message>
    <message>
        <location filename="../ui/search/searchscatter.cpp" line="148"/>
        <source>#%1 TP%2 PP%3 DP%4 EP%5 ETP%6, %7 micro-batch(es) on %8 GPUs: %9, %10 per GPU, %11</source>
        <translation>#%1 TP%2 PP%3 DP%4 EP%5 ETP%6, %7 Micro-Batch(es) auf %8 GPUs: %9, %10 pro GPU, %11</translation>
    </message>
    <message>
        <location filename="../ui/search/searchscatter.cpp" line="160"/>
        <source> (Pareto front)</source>
        <translation> (Pareto-Front)</translation>
    </message>
    <message>
        <location filename="../ui/search/searchscatter.cpp" line="163"/>
        <source>You are here: %1</source>
        <translation>Sie sind hier: %1</translation>
    </message>
    <message>
        <location filename="../ui/search/searchscatter.cpp" line="165"/>
        <source>; click to apply</source>
        <translation>; zum Anwenden klicken</translation>
    </message>
    <message>
        <source>step time (ms)</source>
        <translation type="vanished">Schrittzeit (ms)</translation>
    </message>
    <message>
        <location filename="../ui/search/searchscatter.cpp" line="283"/>
        <source>tokens/s/GPU</source>
        <translation>Tokens/s/GPU</translation>
    </message>
    <message>
        <location filename="../ui/search/searchscatter.cpp" line="289"/>
        <source>Best %L1 of %L2 feasible</source>
        <translation>Beste %L1 von %L2 machbaren</translation>
    </message>
    <message>
        <location filename="../ui/search/searchscatter.cpp" line="290"/>
        <source>%L1 feasible</source>
        <translation>%L1 machbar</translation>
    </message>
</context>
<context>
    <name>moe::ui::ServingDock</name>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="55"/>
        <source>Serving</source>
        <translation>Inferenzbetrieb</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="64"/>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="64"/>
        <source>TPOT</source>
        <translation>TPOT</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="64"/>
        <source>tokens/s/user</source>
        <translation>Token/s/Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="64"/>
        <source>tokens/s/GPU</source>
        <translation>Token/s/GPU</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="64"/>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="64"/>
        <source>deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="68"/>
        <source>Time per output token: the mean step, with the prefill chunks that ride on decode steps, over the tokens a step emits. The headline&apos;s time per output token is the decode step alone</source>
        <translation>Zeit pro Ausgabe-Token: der mittlere Schritt, mit den Prefill-Abschnitten, die auf Decode-Schritten mitlaufen, geteilt durch die Tokens, die ein Schritt ausgibt. Die Zeit pro Ausgabe-Token der Kopfzeile ist der Decode-Schritt allein</translation>
    </message>
    <message>
        <source>The Pareto front, most throughput per GPU first. Double-click a row to apply it</source>
        <translation type="vanished">Die Pareto-Front, höchster Durchsatz je GPU zuerst. Doppelklick auf eine Zeile übernimmt sie</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="117"/>
        <source>Sequences in flight (the profile&apos;s batch): 1, 2, 4 ... 1,024 per DP replica. The ring and the TTFT and TPOT below follow it</source>
        <translation>Gleichzeitig laufende Sequenzen (der Batch des Profils): 1, 2, 4 ... 1.024 pro DP-Replikat. Der Ring sowie TTFT und TPOT darunter folgen diesem Wert</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="121"/>
        <location filename="../ui/serving/servingdock.cpp" line="142"/>
        <source>%L1 sequences (%L2 per DP replica)</source>
        <translation>%L1 Sequenzen (%L2 pro DP-Replikat)</translation>
    </message>
    <message>
        <source>&amp;Concurrency</source>
        <translation type="vanished">Nebenläufi&amp;gkeit</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="73"/>
        <source>The Pareto front, most throughput per GPU first, after the best (or closest) point where the front leaves it out. Double-click a row to apply it</source>
        <translation>Die Pareto-Front, höchster Durchsatz je GPU zuerst, nach dem besten (oder nächsten) Punkt, wo die Front ihn auslässt. Doppelklick auf eine Zeile wendet sie an</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="122"/>
        <source>Conc&amp;urrency</source>
        <translation>Nebenläufi&amp;gkeit</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="158"/>
        <source>Serving concurrency %L1</source>
        <translation>Nebenläufigkeit im Inferenzbetrieb %L1</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="171"/>
        <source> tokens</source>
        <translation> Token</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="179"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="180"/>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="187"/>
        <source>Input tokens per request (ISL)</source>
        <translation>Eingabetoken je Anfrage (ISL)</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="188"/>
        <source>Output tokens per request (OSL)</source>
        <translation>Ausgabetoken je Anfrage (OSL)</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="189"/>
        <source>Time to first token each request must get at most; none for no target</source>
        <translation>Höchstzeit bis zum ersten Token je Anfrage; keins für kein Ziel</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="190"/>
        <source>Time per output token each request must get at most; none for no target</source>
        <translation>Höchstzeit je Ausgabetoken je Anfrage; keins für kein Ziel</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="191"/>
        <source>Disaggregated</source>
        <translation>Disaggregiert</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="192"/>
        <source>Separate prefill and decode workers, in the ratio that balances their rates</source>
        <translation>Getrennte Prefill- und Decode-Worker im Verhältnis, das ihre Raten ausgleicht</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="196"/>
        <source>Prompt tokens each DP replica prefills per step beside the decoding (chunked prefill), from the profile&apos;s workload.serving.chunk_tokens; unset, each prompt is prefilled whole. Disaggregated workers prefill whole prompts</source>
        <translation>Prompt-Tokens, die jede DP-Replik je Schritt neben dem Decoding vorbefüllt (Chunked Prefill), aus workload.serving.chunk_tokens des Profils; ohne Angabe wird jeder Prompt ganz vorbefüllt. Disaggregierte Worker befüllen ganze Prompts vor</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="199"/>
        <source>Pla&amp;n</source>
        <translation>Pla&amp;nen</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="200"/>
        <source>Time every feasible strategy and concurrency for these requests</source>
        <translation>Jede machbare Strategie und Nebenläufigkeit für diese Anfragen berechnen</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="206"/>
        <source>&amp;ISL</source>
        <translation>&amp;ISL</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="206"/>
        <source>&amp;OSL</source>
        <translation>&amp;OSL</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="206"/>
        <source>&amp;TTFT at most</source>
        <translation>&amp;TTFT höchstens</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="206"/>
        <source>T&amp;POT at most</source>
        <translation>T&amp;POT höchstens</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="249"/>
        <source>prefill: whole prompts (disaggregated)</source>
        <translation>Prefill: ganze Prompts (disaggregiert)</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="251"/>
        <source>prefill: chunk %1 tokens</source>
        <translation>Prefill: Chunk von %1 Tokens</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="253"/>
        <source>prefill: whole prompts</source>
        <translation>Prefill: ganze Prompts</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="284"/>
        <source>The profile cannot be evaluated: %1</source>
        <translation>Das Profil kann nicht bewertet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="290"/>
        <source>Planning...</source>
        <translation>Plane ...</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="345"/>
        <source>best: %1</source>
        <translation>beste: %1</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="347"/>
        <source>closest: %1</source>
        <translation>nächste: %1</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="351"/>
        <source>%1 (misses %2)</source>
        <translation>%1 (verfehlt %2)</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="369"/>
        <source>(off the front)</source>
        <translation>(außerhalb der Front)</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="396"/>
        <source>Best meeting the targets: %1 on %L2 GPUs: TTFT %3, TPOT %4, %5 output tokens/s per GPU.</source>
        <translation>Beste, die die Ziele erfüllt: %1 auf %L2 GPUs: TTFT %3, TPOT %4, %5 Ausgabetoken/s je GPU.</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="397"/>
        <source>Most output tokens/s per GPU (no targets set): %1 on %L2 GPUs: TTFT %3, TPOT %4, %5 output tokens/s per GPU.</source>
        <translation>Meiste Ausgabetoken/s je GPU (keine Ziele gesetzt): %1 auf %L2 GPUs: TTFT %3, TPOT %4, %5 Ausgabetoken/s je GPU.</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="417"/>
        <source>This profile, served aggregated with prompts prefilled beside its decoding (%1): TTFT %2, TPOT %3, %4 output tokens/s per GPU%5</source>
        <translation>Dieses Profil, aggregiert bedient, mit Prefill der Prompts neben dem Decodieren (%1): TTFT %2, TPOT %3, %4 Ausgabetoken/s je GPU%5</translation>
    </message>
    <message>
        <source>Best meeting the targets: %1 on %L2 GPUs: TTFT %3, TPOT %4, %L5 output tokens/s per GPU.</source>
        <translation type="vanished">Beste, die die Ziele erfüllt: %1 auf %L2 GPUs: TTFT %3, TPOT %4, %L5 Ausgabetoken/s je GPU.</translation>
    </message>
    <message>
        <source>Most output tokens/s per GPU (no targets set): %1 on %L2 GPUs: TTFT %3, TPOT %4, %L5 output tokens/s per GPU.</source>
        <translation type="vanished">Meiste Ausgabetoken/s je GPU (keine Ziele gesetzt): %1 auf %L2 GPUs: TTFT %3, TPOT %4, %L5 Ausgabetoken/s je GPU.</translation>
    </message>
    <message>
        <source>This profile, served aggregated with prompts prefilled beside its decoding (%1): TTFT %2, TPOT %3, %L4 output tokens/s per GPU%5</source>
        <translation type="vanished">Dieses Profil, aggregiert bedient, mit Prefill der Prompts neben dem Decodieren (%1): TTFT %2, TPOT %3, %L4 Ausgabetoken/s je GPU%5</translation>
    </message>
    <message>
        <source>%1 (misses a target)</source>
        <translation type="vanished">%1 (verfehlt ein Ziel)</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="388"/>
        <source>Give the requests&apos; input and output lengths and the targets, then Plan.</source>
        <translation>Ein- und Ausgabelänge der Anfragen und die Ziele angeben, dann Planen.</translation>
    </message>
    <message>
        <source>Best meeting the targets: %1 on %L2 GPUs: TTFT %3, TPOT %4, %L5 output tokens/s per GPU. Front points to its right are faster per user but give less per GPU; any giving more per GPU miss a target.</source>
        <translation type="vanished">Beste, die die Ziele erfüllt: %1 auf %L2 GPUs: TTFT %3, TPOT %4, %L5 Ausgabetoken/s je GPU. Frontpunkte rechts davon sind je Nutzer schneller, liefern aber weniger je GPU; jeder mit mehr je GPU verfehlt ein Ziel.</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="407"/>
        <source>; closest: %1: TTFT %2, TPOT %3</source>
        <translation>; am nächsten: %1: TTFT %2, TPOT %3</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="411"/>
        <source>Planned for other inputs (the cluster, model or serving settings changed); Plan again. %1</source>
        <translation>Für andere Eingaben geplant (Cluster, Modell oder Inferenzeinstellungen geändert); erneut planen. %1</translation>
    </message>
    <message>
        <source>This profile (%1): TTFT %2, TPOT %3, %L4 output tokens/s per GPU%5</source>
        <translation type="vanished">Dieses Profil (%1): TTFT %2, TPOT %3, %L4 Ausgabetoken/s je GPU%5</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="421"/>
        <source>; misses a target</source>
        <translation>; verfehlt ein Ziel</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="479"/>
        <source>Apply serving deployment %1</source>
        <translation>Bereitstellung %1 übernehmen</translation>
    </message>
</context>
<context>
    <name>moe::ui::ServingScatter</name>
    <message>
        <location filename="../ui/serving/servingscatter.cpp" line="46"/>
        <source>%1 x%L2</source>
        <translation>%1 x%L2</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingscatter.cpp" line="50"/>
        <source>%1 prefill %2 x%L3 + %4 decode %5</source>
        <translation>%1 Prefill %2 x%L3 + %4 Decode %5</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingscatter.cpp" line="69"/>
        <source>meets targets</source>
        <translation>erfüllt Ziele</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingscatter.cpp" line="71"/>
        <source>misses one</source>
        <translation>verfehlt eins</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingscatter.cpp" line="75"/>
        <source>front</source>
        <translation>Front</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingscatter.cpp" line="77"/>
        <location filename="../ui/serving/servingscatter.cpp" line="172"/>
        <source>best</source>
        <translation>beste</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingscatter.cpp" line="81"/>
        <source>TPOT limit</source>
        <translation>TPOT-Grenze</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingscatter.cpp" line="83"/>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingscatter.cpp" line="96"/>
        <source>Output tokens/s per GPU against tokens/s per user: up and right is better. The front shows what each token/s of speed per user costs in throughput. Hover a point for its deployment, click to apply it</source>
        <translation>Ausgabetoken/s je GPU gegen Token/s je Nutzer: oben und rechts ist besser. Die Front zeigt, was jedes Token/s Geschwindigkeit je Nutzer an Durchsatz kostet. Über einen Punkt fahren zeigt seine Bereitstellung, Klicken übernimmt sie</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingscatter.cpp" line="128"/>
        <source>Best: </source>
        <translation>Beste: </translation>
    </message>
    <message>
        <location filename="../ui/serving/servingscatter.cpp" line="128"/>
        <source>Closest: </source>
        <translation>Nächste: </translation>
    </message>
    <message>
        <location filename="../ui/serving/servingscatter.cpp" line="131"/>
        <source>You are here: </source>
        <translation>Sie sind hier: </translation>
    </message>
    <message>
        <location filename="../ui/serving/servingscatter.cpp" line="136"/>
        <source>%1%2 on %L3 GPUs: TTFT %4, TPOT %5, %L6 tokens/s per user, %L7 output tokens/s per GPU%8</source>
        <translation>%1%2 auf %L3 GPUs: TTFT %4, TPOT %5, %L6 Token/s je Nutzer, %L7 Ausgabetoken/s je GPU%8</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingscatter.cpp" line="143"/>
        <source> (misses a target)</source>
        <translation> (verfehlt ein Ziel)</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingscatter.cpp" line="172"/>
        <source>closest</source>
        <translation>nächste</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingscatter.cpp" line="211"/>
        <source>tokens/s per user</source>
        <translation>Token/s je Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingscatter.cpp" line="212"/>
        <source>tokens/s per GPU</source>
        <translation>Tokens/s pro GPU</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingscatter.cpp" line="215"/>
        <source>%L1 deployments, %L2 on the front; the TPOT limit is off the chart, at %L3 tokens/s per user</source>
        <translation>%L1 Bereitstellungen, %L2 auf der Front; die TPOT-Grenze liegt außerhalb des Diagramms, bei %L3 Tokens/s pro Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingscatter.cpp" line="219"/>
        <source>%L1 deployments, %L2 on the front</source>
        <translation>%L1 Bereitstellungen, %L2 auf der Front</translation>
    </message>
</context>
<context>
    <name>moe::ui::StartupProfile</name>
    <message>
        <location filename="../ui/document/startupprofile.cpp" line="28"/>
        <source>%1: %2; opening %3 instead</source>
        <translation>%1: %2; stattdessen wird %3 geöffnet</translation>
    </message>
</context>
<context>
    <name>moe::ui::SummaryBar</name>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="32"/>
        <source>dense training</source>
        <translation>Dense-Training</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="34"/>
        <source>MoE training</source>
        <translation>MoE-Training</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="36"/>
        <source>prefill</source>
        <translation>Prefill</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="38"/>
        <source>decode</source>
        <translation>Decode</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="51"/>
        <source>No measured run checks this figure: the profile names no system, and every run in docs/validation.md uses a system&apos;s kernel-level model</source>
        <translation>Kein gemessener Lauf prüft diesen Wert: Das Profil nennt kein System, und jeder Lauf in docs/validation.md nutzt das Kernel-Modell eines Systems</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="57"/>
        <source>On %L1 measured %2 runs (docs/validation.md), the predicted throughput was off by %3 to %4; a positive difference is a prediction faster than the run</source>
        <translation>Bei %L1 gemessenen Läufen (%2, docs/validation.md) wich der vorhergesagte Durchsatz um %3 bis %4 ab; eine positive Abweichung ist eine Vorhersage, die schneller ist als der Lauf</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="67"/>
        <source>On %1: %2</source>
        <translation>Auf %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="94"/>
        <source>This configuration fails these checks; the verdict below gives the numbers</source>
        <translation>Diese Konfiguration besteht diese Prüfungen nicht; die Bewertung unten nennt die Zahlen</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="149"/>
        <source>Time per token</source>
        <translation>Zeit pro Token</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="149"/>
        <source>Step time</source>
        <translation>Schrittzeit</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="149"/>
        <source>Decode step</source>
        <translation>Decode-Schritt</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="150"/>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="150"/>
        <source>Per GPU</source>
        <translation>Pro GPU</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="150"/>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="150"/>
        <source>Fullest GPU</source>
        <translation>Vollste GPU</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="153"/>
        <source>%1 (%2 per output token)</source>
        <translation>%1 (%2 je Ausgabetoken)</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="170"/>
        <source> (%1 vs baseline)</source>
        <translation> (%1 ggü. Basis)</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="186"/>
        <source> ±%1</source>
        <translation> ±%1</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="187"/>
        <source>±%1: between %2 and %3, the leave-one-out band of the calibrated system &quot;%4&quot;</source>
        <translation>±%1: zwischen %2 und %3, das Leave-one-out-Band des kalibrierten Systems „%4“</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="195"/>
        <source>baseline: not evaluated</source>
        <translation>Vergleichsbasis: nicht ausgewertet</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="196"/>
        <source>baseline: %1</source>
        <translation>Vergleichsbasis: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="201"/>
        <source>Change against the pinned baseline</source>
        <translation>Änderung gegenüber der festgelegten Vergleichsbasis</translation>
    </message>
</context>
<context>
    <name>moe::ui::SystemComboBox</name>
    <message>
        <location filename="../ui/widgets/systemcombobox.cpp" line="41"/>
        <source>%1 (not found)</source>
        <translation>%1 (nicht gefunden)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/systemcombobox.cpp" line="42"/>
        <source>No built-in system and no user system file has this id</source>
        <translation>Weder ein integriertes System noch eine Benutzersystemdatei hat diese ID</translation>
    </message>
    <message>
        <location filename="../ui/widgets/systemcombobox.cpp" line="55"/>
        <source>The cluster gives its own figures</source>
        <translation>Der Cluster gibt eigene Angaben vor</translation>
    </message>
    <message>
        <location filename="../ui/widgets/systemcombobox.cpp" line="58"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/systemcombobox.cpp" line="77"/>
        <source>%1 · calibrated %2</source>
        <translation>%1 · kalibriert %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/systemcombobox.cpp" line="79"/>
        <source>%1
Calibrated from %2 on %3</source>
        <translation>%1
Kalibriert ausgehend von %2 am %3</translation>
    </message>
</context>
<context>
    <name>moe::ui::UndoHistoryDock</name>
    <message>
        <location filename="../ui/document/undohistorydock.cpp" line="9"/>
        <source>Undo History</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/document/undohistorydock.cpp" line="13"/>
        <source>&lt;as opened&gt;</source>
        <translation>&lt;wie geöffnet&gt;</translation>
    </message>
    <message>
        <location filename="../ui/document/undohistorydock.cpp" line="16"/>
        <source>Every edit since the profile was opened; click one to go back to it</source>
        <translation>Jede Änderung seit dem Öffnen des Profils; klicken Sie auf eine, um zu ihr zurückzukehren</translation>
    </message>
</context>
<context>
    <name>moe::ui::UserPrompts</name>
    <message>
        <location filename="../ui/document/userprompts.cpp" line="16"/>
        <source>MoE Explorer profiles (*.moeprofile.json);;JSON files (*.json);;All files (*)</source>
        <translation>MoE-Explorer-Profile (*.moeprofile.json);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>moe::ui::VerdictBar</name>
    <message>
        <location filename="../ui/window/verdictbar.cpp" line="31"/>
        <source>The constraint checks of the current configuration</source>
        <translation>Die Prüfungen der Randbedingungen für die aktuelle Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/window/verdictbar.cpp" line="74"/>
        <source>passes</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <location filename="../ui/window/verdictbar.cpp" line="74"/>
        <source>fails</source>
        <translation>verletzt</translation>
    </message>
    <message>
        <location filename="../ui/window/verdictbar.cpp" line="83"/>
        <source>baseline: not evaluated: %1</source>
        <translation>Vergleichsbasis: nicht ausgewertet: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/verdictbar.cpp" line="89"/>
        <source>The pinned baseline cannot run with these inputs; the current strategy is evaluated without it. Pin another baseline or clear it (Strategy menu)</source>
        <translation>Die festgelegte Vergleichsbasis kann mit diesen Eingaben nicht laufen; die aktuelle Strategie wird ohne sie ausgewertet. Legen Sie eine andere Vergleichsbasis fest oder entfernen Sie sie (Menü Strategie)</translation>
    </message>
    <message>
        <location filename="../ui/window/verdictbar.cpp" line="104"/>
        <source>not evaluated</source>
        <translation>nicht ausgewertet</translation>
    </message>
</context>
</TS>
