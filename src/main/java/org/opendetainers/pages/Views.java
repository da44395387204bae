package org.opendetainers.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The page templates ({@code src/main/resources/templates/pages}), type-checked at build time. */
@CheckedTemplate(basePath = "pages")
public final class Views {

    private Views() {}

    public static native TemplateInstance home(Chrome chrome, HomePage.Model m);

    public static native TemplateInstance figures(Chrome chrome, FigurePages.ListModel m);

    public static native TemplateInstance figure(Chrome chrome, FigurePages.FigureModel m);

    public static native TemplateInstance policies(Chrome chrome, PolicyPages.ListModel m);

    public static native TemplateInstance policy(Chrome chrome, PolicyPages.PolicyModel m);

    public static native TemplateInstance agreements(Chrome chrome, AgreementPages.ListModel m);

    public static native TemplateInstance agreement(Chrome chrome, AgreementPages.OneModel m);

    public static native TemplateInstance stats(Chrome chrome, StatsPage.Model m);

    public static native TemplateInstance facility(Chrome chrome, FacilityPages.FacilityModel m);

    public static native TemplateInstance map(Chrome chrome, MapPage.Model m);

    public static native TemplateInstance place(Chrome chrome, PlacePages.PlaceModel m);

    public static native TemplateInstance data(Chrome chrome, DataPage.Model m);

    public static native TemplateInstance about(Chrome chrome, AboutPage.Model m);
}
