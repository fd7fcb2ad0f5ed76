namespace SalesCoach.Skills.Training;

/// <summary>The training and coaching formats of the guide's training plan (内部培训 in its three forms, 外部培训) plus one-to-one coaching.</summary>
public enum TrainingFormat
{
    /// <summary>内部讲师: a colleague who does it well teaches it.</summary>
    InternalTrainer,
    /// <summary>案例分析: real won and lost cases taken apart together.</summary>
    CaseStudy,
    /// <summary>实战演练: practice on realistic scenarios (role play).</summary>
    RolePlay,
    /// <summary>外部培训: a training provider or an industry expert.</summary>
    External,
    /// <summary>一对一辅导: the manager coaches one person on their own cases.</summary>
    OneOnOne,
}
