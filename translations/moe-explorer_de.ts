<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>GridLegend</name>
    <message>
        <location filename="../ui/gridlegend.cpp" line="32"/>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gridlegend.cpp" line="43"/>
        <source>%1 on every GPU in use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GridMetric</name>
    <message>
        <location filename="../ui/gridmetric.cpp" line="85"/>
        <source> … (%1 more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gridmetric.cpp" line="92"/>
        <source>layer %1: experts %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gridmetric.cpp" line="102"/>
        <source>layer %1: none (its pipeline stage holds layers %2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gridmetric.cpp" line="124"/>
        <source>no MoE layers in its pipeline stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gridmetric.cpp" line="126"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gridmetric.cpp" line="127"/>
        <source>%1 experts in each of its %2 MoE layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gridmetric.cpp" line="137"/>
        <source>Memory used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gridmetric.cpp" line="139"/>
        <source>Experts hosted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gridmetric.cpp" line="141"/>
        <source>Tokens routed per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gridmetric.cpp" line="143"/>
        <source>All-to-all sent per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gridmetric.cpp" line="145"/>
        <source>Compute time per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gridmetric.cpp" line="154"/>
        <location filename="../ui/gridmetric.cpp" line="160"/>
        <source>GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gridmetric.cpp" line="156"/>
        <source>experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gridmetric.cpp" line="158"/>
        <source>tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gridmetric.cpp" line="162"/>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gridmetric.cpp" line="170"/>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gridmetric.cpp" line="223"/>
        <source>GPU %1 · node %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gridmetric.cpp" line="226"/>
        <source>idle: the strategy uses the first %1 GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gridmetric.cpp" line="227"/>
        <source>idle: the strategy cannot run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gridmetric.cpp" line="230"/>
        <source>TP %1 · PP %2 · DP %3 · EP %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gridmetric.cpp" line="232"/>
        <source> · ETP %1 · EDP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gridmetric.cpp" line="236"/>
        <source>memory: %1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gridmetric.cpp" line="240"/>
        <source>tokens routed in this layer: %1 per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gridmetric.cpp" line="241"/>
        <source>tokens routed: %1 per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gridmetric.cpp" line="243"/>
        <source>compute: %1 per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gridmetric.cpp" line="244"/>
        <source>all-to-all sent: %1 per step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LatencyChart</name>
    <message>
        <location filename="../ui/latencychart.cpp" line="25"/>
        <source>attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/latencychart.cpp" line="26"/>
        <source>experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/latencychart.cpp" line="27"/>
        <source>dense FFN, LM head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/latencychart.cpp" line="28"/>
        <source>all-to-all dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/latencychart.cpp" line="29"/>
        <source>all-to-all combine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/latencychart.cpp" line="30"/>
        <source>TP collectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/latencychart.cpp" line="31"/>
        <source>pipeline transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/latencychart.cpp" line="32"/>
        <source>pipeline bubble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/latencychart.cpp" line="33"/>
        <source>gradient sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/latencychart.cpp" line="34"/>
        <source>hidden by overlap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoryChart</name>
    <message>
        <location filename="../ui/memorychart.cpp" line="28"/>
        <source>attention weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memorychart.cpp" line="29"/>
        <source>expert weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memorychart.cpp" line="30"/>
        <source>dense weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memorychart.cpp" line="31"/>
        <source>embedding, LM head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memorychart.cpp" line="32"/>
        <source>gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memorychart.cpp" line="33"/>
        <source>optimizer state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memorychart.cpp" line="34"/>
        <source>activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memorychart.cpp" line="35"/>
        <source>KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memorychart.cpp" line="36"/>
        <source>comm buffers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memorychart.cpp" line="37"/>
        <source>runtime reserve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/exporter.cpp" line="42"/>
        <source>%1: the file name must end in .png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exporter.cpp" line="46"/>
        <location filename="../ui/exporter.cpp" line="58"/>
        <location filename="../ui/exporter.cpp" line="79"/>
        <location filename="../ui/reportexport.cpp" line="32"/>
        <location filename="../ui/reportexport.cpp" line="36"/>
        <location filename="../ui/reportexport.cpp" line="88"/>
        <location filename="../ui/reportexport.cpp" line="101"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exporter.cpp" line="67"/>
        <source>Exported from MoE Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewexport.cpp" line="23"/>
        <source>GPU grid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewexport.cpp" line="25"/>
        <source>Step time by component: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewexport.cpp" line="27"/>
        <source>Memory per GPU: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportexport.cpp" line="112"/>
        <source>%1: the report&apos;s file name must end in .md, .html or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportexport.cpp" line="131"/>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserPrompts</name>
    <message>
        <location filename="../ui/userprompts.cpp" line="33"/>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/userprompts.cpp" line="34"/>
        <source>Do you want to save the changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/userprompts.cpp" line="37"/>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/userprompts.cpp" line="51"/>
        <source>Revert to Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/userprompts.cpp" line="52"/>
        <source>Revert “%1” to the saved version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/userprompts.cpp" line="53"/>
        <source>Your changes and their undo history will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/userprompts.cpp" line="54"/>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/userprompts.cpp" line="62"/>
        <source>Open Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/userprompts.cpp" line="67"/>
        <source>Save Profile As</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/explorer/main.cpp" line="34"/>
        <source>Explore how a Mixture-of-Experts model runs on a GPU cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/explorer/main.cpp" line="38"/>
        <source>A profile file, or builtin:NAME (default: the profile shown last, else builtin:seed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/explorer/main.cpp" line="51"/>
        <source>Cannot open profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moe::ui::BuiltinGalleryDialog</name>
    <message>
        <location filename="../ui/builtingallerydialog.cpp" line="26"/>
        <source>New from Built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/builtingallerydialog.cpp" line="29"/>
        <source>Built-in profiles, each evaluated with its own strategy. Choose one to start from; saving it writes a file of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/builtingallerydialog.cpp" line="43"/>
        <source>Double-click a profile to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/builtingallerydialog.cpp" line="47"/>
        <source>The selected profile&apos;s sources and assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/builtingallerydialog.cpp" line="109"/>
        <source>Model: %1 parameters, %2 active per token; %3 layers; experts: %4.&lt;br&gt;Cluster: %5. Mode: %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/builtingallerydialog.cpp" line="113"/>
        <source>Step time %1, throughput %2, fullest GPU %3. Verdict: %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moe::ui::BuiltinGalleryModel</name>
    <message>
        <location filename="../ui/builtingallerymodel.cpp" line="23"/>
        <source>dense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/builtingallerymodel.cpp" line="25"/>
        <source>%1, top-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/builtingallerymodel.cpp" line="27"/>
        <source> + %1 shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/builtingallerymodel.cpp" line="36"/>
        <source>✗ not evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/builtingallerymodel.cpp" line="50"/>
        <source>✓ pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/builtingallerymodel.cpp" line="51"/>
        <source>✗ fail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/builtingallerymodel.cpp" line="71"/>
        <source>✗ does not load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/builtingallerymodel.cpp" line="85"/>
        <location filename="../ui/builtingallerymodel.cpp" line="180"/>
        <source>Parameters each token passes through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/builtingallerymodel.cpp" line="90"/>
        <source>Routed experts per MoE layer, and how many each token uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/builtingallerymodel.cpp" line="91"/>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/builtingallerymodel.cpp" line="93"/>
        <source>%1 GPUs, %2 per node, %3 GiB each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/builtingallerymodel.cpp" line="107"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/builtingallerymodel.cpp" line="109"/>
        <source>The fullest GPU (GPU %1) against its capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/builtingallerymodel.cpp" line="172"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/builtingallerymodel.cpp" line="172"/>
        <source>Parameters</source>
        <translation type="unfinished">Parameter</translation>
    </message>
    <message>
        <location filename="../ui/builtingallerymodel.cpp" line="172"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/builtingallerymodel.cpp" line="172"/>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/builtingallerymodel.cpp" line="172"/>
        <source>Experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/builtingallerymodel.cpp" line="173"/>
        <source>Cluster</source>
        <translation type="unfinished">Cluster</translation>
    </message>
    <message>
        <location filename="../ui/builtingallerymodel.cpp" line="173"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/builtingallerymodel.cpp" line="173"/>
        <source>Step time</source>
        <translation type="unfinished">Schrittzeit</translation>
    </message>
    <message>
        <location filename="../ui/builtingallerymodel.cpp" line="173"/>
        <source>Throughput</source>
        <translation type="unfinished">Durchsatz</translation>
    </message>
    <message>
        <location filename="../ui/builtingallerymodel.cpp" line="173"/>
        <source>Fullest GPU</source>
        <translation type="unfinished">Vollste GPU</translation>
    </message>
    <message>
        <location filename="../ui/builtingallerymodel.cpp" line="174"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/builtingallerymodel.cpp" line="178"/>
        <source>The profile&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/builtingallerymodel.cpp" line="179"/>
        <source>Parameters of the whole model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/builtingallerymodel.cpp" line="181"/>
        <source>Transformer layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/builtingallerymodel.cpp" line="182"/>
        <source>Routed experts per MoE layer, top-k per token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/builtingallerymodel.cpp" line="183"/>
        <source>GPUs in the cluster and their kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/builtingallerymodel.cpp" line="184"/>
        <source>Training iteration, prefill of the batch, or one decode step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/builtingallerymodel.cpp" line="185"/>
        <source>Time of one step with the profile&apos;s own strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/builtingallerymodel.cpp" line="186"/>
        <source>Tokens per second, all GPUs together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/builtingallerymodel.cpp" line="187"/>
        <source>Memory of the fullest GPU against its capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/builtingallerymodel.cpp" line="188"/>
        <source>The constraint checks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moe::ui::ChartView</name>
    <message>
        <location filename="../ui/chartview.cpp" line="39"/>
        <source>Explain...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chartview.cpp" line="41"/>
        <source>Export as PNG, SVG or PDF...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moe::ui::CollapsibleSection</name>
    <message>
        <location filename="../ui/collapsiblesection.cpp" line="21"/>
        <source>Show or hide the %1 settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moe::ui::DocumentController</name>
    <message>
        <location filename="../ui/documentcontroller.cpp" line="78"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documentcontroller.cpp" line="100"/>
        <source>Cannot Open Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documentcontroller.cpp" line="113"/>
        <source>Cannot Open Built-in Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documentcontroller.cpp" line="113"/>
        <source>“%1” could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documentcontroller.cpp" line="125"/>
        <source>File Not Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documentcontroller.cpp" line="126"/>
        <source>“%1” no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documentcontroller.cpp" line="127"/>
        <source>It was removed from the recent files.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documentcontroller.cpp" line="144"/>
        <source>Cannot Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documentcontroller.cpp" line="148"/>
        <source>Reverted to the saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documentcontroller.cpp" line="163"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documentcontroller.cpp" line="170"/>
        <source>Any earlier file of that name is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documentcontroller.cpp" line="172"/>
        <source>Cannot Save Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documentcontroller.cpp" line="173"/>
        <source>“%1” was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documentcontroller.cpp" line="175"/>
        <source>The window keeps your changes: save them in another folder, or make room and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documentcontroller.cpp" line="183"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documentcontroller.cpp" line="230"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documentcontroller.cpp" line="233"/>
        <source>Opened %1. Keys this version does not know, kept for saving: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documentcontroller.cpp" line="242"/>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documentcontroller.cpp" line="243"/>
        <source>At %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documentcontroller.cpp" line="245"/>
        <source>“%1” is not a profile MoE Explorer can open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documentcontroller.cpp" line="246"/>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documentcontroller.cpp" line="247"/>
        <source>The profile in the window is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moe::ui::ExplainDock</name>
    <message>
        <location filename="../ui/explaindock.cpp" line="15"/>
        <source>Explain</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <location filename="../ui/explaindock.cpp" line="32"/>
        <source>Each figure with its formula, the formula with the values, and its source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explaindock.cpp" line="33"/>
        <source>Filter figures, e.g. memory or a2a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explaindock.cpp" line="35"/>
        <source>Show only the rows that contain this text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moe::ui::ExplanationModel</name>
    <message>
        <location filename="../ui/explanationmodel.cpp" line="97"/>
        <source>Figure</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/explanationmodel.cpp" line="99"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/explanationmodel.cpp" line="101"/>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <location filename="../ui/explanationmodel.cpp" line="103"/>
        <source>With the values</source>
        <translation>Mit den Werten</translation>
    </message>
    <message>
        <location filename="../ui/explanationmodel.cpp" line="105"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>moe::ui::ExplorerState</name>
    <message>
        <location filename="../ui/explorerstate.cpp" line="76"/>
        <source>Edit profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorerstate.cpp" line="85"/>
        <source>Change strategy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moe::ui::GpuGridWidget</name>
    <message>
        <location filename="../ui/gpugridwidget.cpp" line="35"/>
        <source>GPU grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gpugridwidget.cpp" line="36"/>
        <source>Every GPU of the cluster, grouped by node. Hover a cell for its ranks, experts and memory; click or use the arrow keys to select it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gpugridwidget.cpp" line="38"/>
        <source>The GPU grid shows every GPU of the cluster as a cell, grouped by node and coloured by the chosen metric from the smallest (dark) to the largest (yellow) value among the GPUs in use. Hatched cells are idle GPUs the strategy does not use. With many GPUs each node folds into one cell showing the largest value of its GPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gpugridwidget.cpp" line="108"/>
        <location filename="../ui/gpugridwidget.cpp" line="211"/>
        <source>node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gpugridwidget.cpp" line="249"/>
        <source>No per-GPU figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gpugridwidget.cpp" line="254"/>
        <source>layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gpugridwidget.cpp" line="255"/>
        <source>all layers</source>
        <translation>alle Schichten</translation>
    </message>
    <message>
        <location filename="../ui/gpugridwidget.cpp" line="257"/>
        <source> · largest per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gpugridwidget.cpp" line="282"/>
        <source>node %1 · GPUs %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gpugridwidget.cpp" line="283"/>
        <source>nodes %1 to %2 · GPUs %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gpugridwidget.cpp" line="284"/>
        <source>%1 of %2 GPUs in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gpugridwidget.cpp" line="287"/>
        <source>%1: largest %2, smallest %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gpugridwidget.cpp" line="290"/>
        <source>Enlarge the grid to see each GPU.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moe::ui::GridPanel</name>
    <message>
        <location filename="../ui/gridpanel.cpp" line="28"/>
        <source>What the colour of each GPU shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gridpanel.cpp" line="29"/>
        <source>Show expert placement and load for one MoE layer, or all layers together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gridpanel.cpp" line="31"/>
        <source>Export...</source>
        <translation>Exportieren...</translation>
    </message>
    <message>
        <location filename="../ui/gridpanel.cpp" line="32"/>
        <source>Export the grid as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gridpanel.cpp" line="33"/>
        <source>&amp;Colour by</source>
        <translation>&amp;Farbe nach</translation>
    </message>
    <message>
        <location filename="../ui/gridpanel.cpp" line="35"/>
        <source>MoE &amp;layer</source>
        <translation>MoE-&amp;Schicht</translation>
    </message>
    <message>
        <location filename="../ui/gridpanel.cpp" line="68"/>
        <source>Explain GPU %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gridpanel.cpp" line="70"/>
        <source>Export as PNG, SVG or PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gridpanel.cpp" line="83"/>
        <source>all layers</source>
        <translation>alle Schichten</translation>
    </message>
    <message>
        <location filename="../ui/gridpanel.cpp" line="85"/>
        <source>MoE layer %1 (layer %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moe::ui::LatencyChart</name>
    <message>
        <location filename="../ui/latencychart.cpp" line="41"/>
        <source>time per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/latencychart.cpp" line="42"/>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/latencychart.cpp" line="47"/>
        <source>Step time by component for the straggler GPU; hover a bar for its formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/latencychart.cpp" line="63"/>
        <source>time per step (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/latencychart.cpp" line="132"/>
        <source>Not evaluated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/latencychart.cpp" line="135"/>
        <source>Step time %1 · %2 · MFU %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/latencychart.cpp" line="140"/>
        <source> · baseline %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moe::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="202"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New from Built-in</source>
        <translation type="vanished">&amp;Neu aus Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="223"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="224"/>
        <source>&amp;GPU Grid...</source>
        <translation>&amp;GPU-Raster...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="224"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="225"/>
        <source>&amp;Latency Chart...</source>
        <translation>&amp;Latenzdiagramm...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>&amp;Memory Chart...</source>
        <translation>&amp;Speicherdiagramm...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="228"/>
        <source>Design-Review &amp;Report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="228"/>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="230"/>
        <source>The analysis as Markdown, HTML or PDF, every number computed, the charts embedded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="232"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="176"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="178"/>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="181"/>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="185"/>
        <source>Ctrl+4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="188"/>
        <source>Focus the &amp;Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="188"/>
        <source>Ctrl+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="191"/>
        <source>&amp;About MoE Explorer</source>
        <translation>&amp;Über MoE Explorer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192"/>
        <source>About MoE Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>&lt;p&gt;&lt;b&gt;MoE Explorer&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;An analytic cost model for Mixture-of-Experts deployments. Every figure is computed from the profile&apos;s inputs; the Explain panel shows each formula with its values and its source.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>&amp;New from Built-in...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="206"/>
        <source>Start from one of the built-in profiles, the source scenario first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="207"/>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="214"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="216"/>
        <source>Save &amp;As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="216"/>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219"/>
        <source>Re&amp;vert to Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="221"/>
        <source>Throw away the unsaved changes and reload the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="238"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="239"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="243"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="245"/>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="245"/>
        <source>Ctrl+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="249"/>
        <source>Undo &amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="250"/>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="251"/>
        <source>Every edit since the profile was opened; click one to go back to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="257"/>
        <source>&amp;Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="258"/>
        <source>&amp;Search All Strategies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="258"/>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>Evaluate every legal strategy and rank them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="265"/>
        <source>&amp;Pin as Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="265"/>
        <source>Ctrl+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="266"/>
        <source>Compare every later figure with the current strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="267"/>
        <source>&amp;Clear Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="268"/>
        <source>Stop comparing with a baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="275"/>
        <source>Pin baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="282"/>
        <source>Clear baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="370"/>
        <source>%1[*] — MoE Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="400"/>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="400"/>
        <source>PDF document (*.pdf);;HTML page (*.html);;Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="409"/>
        <source>Report failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="411"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="423"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="424"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="430"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>moe::ui::MemoryChart</name>
    <message>
        <location filename="../ui/memorychart.cpp" line="53"/>
        <source>GPU %1 (selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memorychart.cpp" line="53"/>
        <source>sel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memorychart.cpp" line="65"/>
        <source>stage %1: GPU %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memorychart.cpp" line="67"/>
        <source>GPU %1 (fullest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memorychart.cpp" line="67"/>
        <source>top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memorychart.cpp" line="81"/>
        <source>Memory per GPU by component against its capacity (the line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memorychart.cpp" line="90"/>
        <source>capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memorychart.cpp" line="93"/>
        <source>memory per GPU (GiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memorychart.cpp" line="135"/>
        <source>Not evaluated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memorychart.cpp" line="141"/>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memorychart.cpp" line="141"/>
        <source>base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memorychart.cpp" line="168"/>
        <source>stage (sel: selected GPU, top: fullest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memorychart.cpp" line="176"/>
        <source>limit %1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memorychart.cpp" line="176"/>
        <source>capacity %1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memorychart.cpp" line="181"/>
        <source>Over capacity: GPU %1 needs %2 GiB of %3 GiB allowed (%4 GiB too much)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memorychart.cpp" line="186"/>
        <source>Memory per GPU: fullest GPU %1 uses %2 GiB of %3 GiB (%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moe::ui::ParameterSlider</name>
    <message>
        <location filename="../ui/parameterslider.cpp" line="27"/>
        <source>The legal values with the other parameters held as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parameterslider.cpp" line="54"/>
        <source>no legal value with the other parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/parameterslider.cpp" line="55"/>
        <source>legal: %1 to %2 (%n value(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/parameterslider.cpp" line="58"/>
        <source>; %1 is not legal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moe::ui::ParametersDock</name>
    <message>
        <location filename="../ui/parametersdock.cpp" line="41"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/parametersdock.cpp" line="75"/>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/parametersdock.cpp" line="75"/>
        <source>prefill</source>
        <translation>Prefill</translation>
    </message>
    <message>
        <location filename="../ui/parametersdock.cpp" line="75"/>
        <source>decode</source>
        <translation>Decode</translation>
    </message>
    <message>
        <location filename="../ui/parametersdock.cpp" line="76"/>
        <source>Training iteration, prefill of the batch, or one decode step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parametersdock.cpp" line="77"/>
        <source>&amp;Mode</source>
        <translation>&amp;Modus</translation>
    </message>
    <message>
        <location filename="../ui/parametersdock.cpp" line="82"/>
        <source>Set mode to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parametersdock.cpp" line="90"/>
        <source>&amp;EP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parametersdock.cpp" line="90"/>
        <source>Expert parallelism: GPUs an expert layer&apos;s experts are spread over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parametersdock.cpp" line="91"/>
        <source>&amp;TP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parametersdock.cpp" line="91"/>
        <source>Tensor parallelism: GPUs each layer&apos;s matrices are split over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parametersdock.cpp" line="92"/>
        <source>&amp;PP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parametersdock.cpp" line="92"/>
        <source>Pipeline parallelism: stages the layers are cut into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parametersdock.cpp" line="93"/>
        <source>&amp;DP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parametersdock.cpp" line="93"/>
        <source>Data parallelism: replicas of each pipeline stage&apos;s attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parametersdock.cpp" line="94"/>
        <source>ET&amp;P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parametersdock.cpp" line="94"/>
        <source>Expert tensor parallelism: GPUs each expert is split over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parametersdock.cpp" line="95"/>
        <source>&amp;Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parametersdock.cpp" line="95"/>
        <source>Sequences per step, all replicas together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parametersdock.cpp" line="96"/>
        <source>&amp;Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parametersdock.cpp" line="96"/>
        <source>Tokens per sequence; for decode, the context already cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parametersdock.cpp" line="97"/>
        <source>M&amp;icro-batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parametersdock.cpp" line="97"/>
        <source>Micro-batches per replica and step, for pipelining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parametersdock.cpp" line="114"/>
        <source>Set %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moe::ui::ProfileForm</name>
    <message>
        <location filename="../ui/profileform.cpp" line="47"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="48"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="49"/>
        <source>Workload and limits</source>
        <translation>Last und Grenzen</translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="71"/>
        <source>Set %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="120"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="120"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="143"/>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="143"/>
        <source>GPUs in the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="146"/>
        <source>GPUs per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="146"/>
        <source>GPUs joined by the intra-node (NVLink-class) fabric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="149"/>
        <source>GPU memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="149"/>
        <source>Memory capacity per GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="149"/>
        <location filename="../ui/profileform.cpp" line="180"/>
        <source> GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="152"/>
        <source>Peak compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="152"/>
        <source>Dense peak FLOP/s at the compute data type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="153"/>
        <source> TFLOP/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="155"/>
        <source>HBM bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="155"/>
        <source>Memory bandwidth per GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="155"/>
        <location filename="../ui/profileform.cpp" line="158"/>
        <location filename="../ui/profileform.cpp" line="163"/>
        <source> GB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="157"/>
        <source>Intra-node link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="157"/>
        <source>NVLink-class bandwidth per GPU, one direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="160"/>
        <source>Intra-node latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="160"/>
        <source>Start-up cost of one intra-node message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="161"/>
        <location filename="../ui/profileform.cpp" line="167"/>
        <source> us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="163"/>
        <source>Inter-node link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="163"/>
        <source>NIC bandwidth per GPU, one direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="166"/>
        <source>Inter-node latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="166"/>
        <source>Start-up cost of one message across nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="169"/>
        <source>Compute efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="169"/>
        <source>Fraction of peak FLOP/s that large GEMMs reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="172"/>
        <source>HBM efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="172"/>
        <source>Fraction of HBM bandwidth reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="174"/>
        <source>Network efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="174"/>
        <source>Fraction of link bandwidth collectives reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="177"/>
        <source>Overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="177"/>
        <source>Fraction of communication hidden under compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="179"/>
        <source>Runtime reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="179"/>
        <source>Memory the runtime keeps for itself on every GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="192"/>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="192"/>
        <source>Transformer layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="193"/>
        <source>Dense layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="193"/>
        <source>The first layers, without experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="194"/>
        <source>Hidden size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="194"/>
        <source>Model (embedding) dimension h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="195"/>
        <source>Attention heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="195"/>
        <source>Query heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="196"/>
        <source>KV heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="196"/>
        <source>Key/value heads: equal to heads for MHA, fewer for GQA, 1 for MQA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="198"/>
        <source>Experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="198"/>
        <source>Routed experts per MoE layer; 0 for a dense model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="199"/>
        <source>Shared experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="199"/>
        <source>Experts every token passes through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="200"/>
        <source>Top-k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="200"/>
        <source>Routed experts per token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="201"/>
        <source>Expert FFN size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="201"/>
        <source>Hidden size of one expert&apos;s FFN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="202"/>
        <source>Dense FFN size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="202"/>
        <source>Hidden size of a dense layer&apos;s FFN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="203"/>
        <source>Vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="203"/>
        <source>Vocabulary size (0: no embeddings counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="204"/>
        <source>Gated FFN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="204"/>
        <source>Three matrices (SwiGLU) instead of two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="206"/>
        <source>Tied embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="206"/>
        <source>The LM head shares the embedding table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="210"/>
        <source>Bytes per element: 2 for BF16, 1 for FP8, 0.5 for 4-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="211"/>
        <source> B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="214"/>
        <source>Weight bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="215"/>
        <source>Activation bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="216"/>
        <source>KV-cache bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="224"/>
        <source>Capacity factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="224"/>
        <source>Tokens an expert accepts, as a multiple of the mean; the rest are dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="227"/>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="227"/>
        <source>How tokens choose experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="227"/>
        <source>uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="227"/>
        <source>Zipf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="227"/>
        <source>measured (from the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="236"/>
        <source>Zipf exponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="236"/>
        <source>s in weight(i) = 1 / (i + 1)^s; larger is more skewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="238"/>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="238"/>
        <source>How experts are laid out over the EP ranks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="239"/>
        <source>contiguous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="239"/>
        <source>round robin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="239"/>
        <source>balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="242"/>
        <source>Redundant experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="242"/>
        <source>Extra replicas of the hottest experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="245"/>
        <source>Recomputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="245"/>
        <source>Training: activation recomputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="245"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="245"/>
        <source>selective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="245"/>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="248"/>
        <source>Sequence parallel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="248"/>
        <source>Training: split norms and dropout over the TP ranks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="251"/>
        <source>Distributed optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="251"/>
        <source>Training: shard optimizer state over DP (ZeRO-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="254"/>
        <source>Memory limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="254"/>
        <source>Fraction of GPU memory a plan may use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="257"/>
        <source>Latency limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="257"/>
        <source>Largest acceptable step time; 0 for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="257"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="260"/>
        <source>Throughput floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="260"/>
        <source>Smallest acceptable throughput; 0 for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="260"/>
        <source> tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moe::ui::RecentFilesMenu</name>
    <message>
        <location filename="../ui/recentfilesmenu.cpp" line="11"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/recentfilesmenu.cpp" line="25"/>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/recentfilesmenu.cpp" line="48"/>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/recentfilesmenu.cpp" line="49"/>
        <source>Forget the recent files (the files stay)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moe::ui::SearchDock</name>
    <message>
        <location filename="../ui/searchdock.cpp" line="55"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchdock.cpp" line="72"/>
        <source>Every feasible configuration; double-click or press Enter to apply one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchdock.cpp" line="73"/>
        <source>Best throughput for each pair of values, or why none fits; double-click a green cell to apply its best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchdock.cpp" line="77"/>
        <source>Filter rows, e.g. 128 or selective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchdock.cpp" line="79"/>
        <source>Show only rows that contain this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchdock.cpp" line="131"/>
        <source>The map&apos;s rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchdock.cpp" line="132"/>
        <source>The map&apos;s columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchdock.cpp" line="133"/>
        <source>Map &amp;rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchdock.cpp" line="135"/>
        <source>c&amp;olumns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchdock.cpp" line="184"/>
        <source>throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchdock.cpp" line="185"/>
        <source>latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchdock.cpp" line="186"/>
        <source>throughput per GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchdock.cpp" line="187"/>
        <source>memory headroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchdock.cpp" line="188"/>
        <source>What ranks the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchdock.cpp" line="189"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchdock.cpp" line="190"/>
        <source>Evaluate every legal strategy for this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchdock.cpp" line="191"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchdock.cpp" line="192"/>
        <source>Stop the running search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchdock.cpp" line="194"/>
        <source>Re-run on changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchdock.cpp" line="195"/>
        <source>Search again when the cluster, model or workload changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchdock.cpp" line="197"/>
        <source>Search progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchdock.cpp" line="198"/>
        <source>Not searched yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchdock.cpp" line="201"/>
        <source>Rank by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchdock.cpp" line="225"/>
        <source>feasible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchdock.cpp" line="228"/>
        <source>Pareto front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchdock.cpp" line="244"/>
        <source>Throughput per GPU against step time: the front shows what each millisecond less costs in GPUs. Hover a point for its strategy, click to apply it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchdock.cpp" line="255"/>
        <source>#%1 TP%2 PP%3 DP%4 EP%5 ETP%6, %7 micro-batch(es) on %8 GPUs: %9, %10 per GPU, %11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchdock.cpp" line="296"/>
        <source>Searching...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchdock.cpp" line="352"/>
        <source>; the current strategy is not feasible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchdock.cpp" line="357"/>
        <source>; the current strategy ranks %L1 of %L2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchdock.cpp" line="360"/>
        <source>, on the Pareto front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchdock.cpp" line="369"/>
        <source>Cancelled after %L1 configurations: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchdock.cpp" line="369"/>
        <source>Evaluated %L1 configurations: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchdock.cpp" line="371"/>
        <source>%L1 feasible, %L2 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchdock.cpp" line="390"/>
        <source>Apply search result %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchdock.cpp" line="430"/>
        <source>step time (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchdock.cpp" line="431"/>
        <source>tokens/s/GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchdock.cpp" line="433"/>
        <source>Best %L1 of %L2 feasible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchdock.cpp" line="434"/>
        <source>%L1 feasible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moe::ui::SearchResultsModel</name>
    <message>
        <location filename="../ui/searchresultsmodel.cpp" line="74"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchresultsmodel.cpp" line="85"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchresultsmodel.cpp" line="85"/>
        <source>TP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchresultsmodel.cpp" line="85"/>
        <source>PP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchresultsmodel.cpp" line="85"/>
        <source>DP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchresultsmodel.cpp" line="85"/>
        <source>EP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchresultsmodel.cpp" line="86"/>
        <source>ETP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchresultsmodel.cpp" line="86"/>
        <source>Micro-batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchresultsmodel.cpp" line="86"/>
        <source>Recompute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchresultsmodel.cpp" line="86"/>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchresultsmodel.cpp" line="86"/>
        <source>Throughput</source>
        <translation type="unfinished">Durchsatz</translation>
    </message>
    <message>
        <location filename="../ui/searchresultsmodel.cpp" line="87"/>
        <source>Step time</source>
        <translation type="unfinished">Schrittzeit</translation>
    </message>
    <message>
        <location filename="../ui/searchresultsmodel.cpp" line="87"/>
        <source>Per GPU</source>
        <translation type="unfinished">Pro GPU</translation>
    </message>
    <message>
        <location filename="../ui/searchresultsmodel.cpp" line="87"/>
        <source>Fullest GPU</source>
        <translation type="unfinished">Vollste GPU</translation>
    </message>
    <message>
        <location filename="../ui/searchresultsmodel.cpp" line="87"/>
        <source>Headroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchresultsmodel.cpp" line="87"/>
        <source>Pareto</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moe::ui::StartupProfile</name>
    <message>
        <location filename="../ui/startupprofile.cpp" line="27"/>
        <source>%1: %2; opening %3 instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moe::ui::SummaryBar</name>
    <message>
        <location filename="../ui/summarybar.cpp" line="66"/>
        <source>Time per token</source>
        <translation>Zeit pro Token</translation>
    </message>
    <message>
        <location filename="../ui/summarybar.cpp" line="66"/>
        <source>Step time</source>
        <translation>Schrittzeit</translation>
    </message>
    <message>
        <location filename="../ui/summarybar.cpp" line="66"/>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <location filename="../ui/summarybar.cpp" line="66"/>
        <source>Per GPU</source>
        <translation>Pro GPU</translation>
    </message>
    <message>
        <location filename="../ui/summarybar.cpp" line="66"/>
        <source>MFU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/summarybar.cpp" line="67"/>
        <source>Fullest GPU</source>
        <translation>Vollste GPU</translation>
    </message>
    <message>
        <location filename="../ui/summarybar.cpp" line="91"/>
        <source>Change against the pinned baseline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moe::ui::UndoHistoryDock</name>
    <message>
        <location filename="../ui/undohistorydock.cpp" line="9"/>
        <source>Undo History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/undohistorydock.cpp" line="13"/>
        <source>&lt;as opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/undohistorydock.cpp" line="16"/>
        <source>Every edit since the profile was opened; click one to go back to it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moe::ui::UserPrompts</name>
    <message>
        <location filename="../ui/userprompts.cpp" line="15"/>
        <source>MoE Explorer profiles (*.moeprofile.json);;JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moe::ui::VerdictBar</name>
    <message>
        <location filename="../ui/verdictbar.cpp" line="23"/>
        <source>The constraint checks of the current configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdictbar.cpp" line="47"/>
        <source>passes</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <location filename="../ui/verdictbar.cpp" line="47"/>
        <source>fails</source>
        <translation>verletzt</translation>
    </message>
    <message>
        <location filename="../ui/verdictbar.cpp" line="59"/>
        <source>not evaluated</source>
        <translation>nicht ausgewertet</translation>
    </message>
</context>
</TS>
